using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactLint.Analysis;
using FactLint.Analyzers.Inputs;
using FactLint.Analyzers.Reporting;
using FactLint.Analyzers.Severities;
using FactLint.Corpus;
using FactLint.Rules.Suppressions;
using FactLint.Rules.Structure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using FLDiagnostic = FactLint.Diagnostics.Diagnostic;

namespace FactLint.Analyzers;

/// <summary>
/// The analysis of one compilation. Each fact file's per-file rules run in that file's
/// additional-file action (so the IDE can check one file as it changes); the corpus rules run
/// once at compilation end, together with the unused-suppression check, which needs every
/// finding of a file before it can say that a suppression matched none.
/// </summary>
internal sealed class CompilationSession
{
    private readonly ProjectInputs _inputs;
    private readonly Lazy<(ProjectFacts Facts, BuildSeverities Severities)> _state;
    // One engine session per workspace of the project; the compiler calls file actions on many
    // threads, so the rules run outside the lock and only the session's bookkeeping is inside.
    private readonly ConcurrentDictionary<BuildWorkspace, AnalysisSession> _sessions = new();
    private int _failureReported;

    public CompilationSession(AnalyzerOptions analyzerOptions, CompilationOptions options)
    {
        _inputs = ProjectInputs.From(analyzerOptions.AdditionalFiles);
        var projectDir = analyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.projectdir", out var dir) && dir.Length > 0 ? dir : null;

        // Built on first use, not here: a project without fact files pays nothing, and the work
        // is not bound to the start action's cancellation token.
        _state = new Lazy<(ProjectFacts, BuildSeverities)>(
            () =>
            {
                var editorConfig = EditorConfigSeverities.Read(_inputs.EditorConfigs, CancellationToken.None);
                var severities = new BuildSeverities(editorConfig, options, _inputs.FactFiles.Select(f => f.Path), CancellationToken.None);
                return (ProjectFacts.Read(_inputs, projectDir, severities, CancellationToken.None), severities);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool HasFactFiles => _inputs.FactFiles.Length > 0 || _inputs.Configs.Length > 0;

    public void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var path = BuildPaths.Normalize(context.AdditionalFile.Path);
        if (!ProjectInputs.IsFactFile(path) && !ProjectInputs.IsConfig(path))
        {
            return;
        }

        Guard(context.ReportDiagnostic, RoslynDiagnostics.StartOf(context.AdditionalFile), "this file", () =>
        {
            if (!_state.Value.Facts.TryFind(path, out var workspace, out var document))
            {
                return;
            }

            if (document == null)
            {
                if (workspace.ConfigFile != null && BuildPaths.PathComparer.Equals(BuildPaths.Normalize(workspace.ConfigFile.Path), path))
                {
                    Report(context.ReportDiagnostic, workspace, workspace.ConfigFile.Path, workspace.ConfigDiagnostics);
                }
                else if (workspace.Unreadable.Contains(context.AdditionalFile))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        BuildDescriptors.Get(YamlSyntaxRule.Definition.Id),
                        RoslynDiagnostics.StartOf(context.AdditionalFile),
                        "The compiler could not read this fact file, so FactLint could not check it. Check that it exists and can be read."));
                }

                return;
            }

            var raw = AnalysisSession.FileFindings(document, workspace.Options);
            var session = SessionOf(workspace);
            List<FLDiagnostic> finished;
            lock (session)
            {
                session.SetFileFindings(document, raw);
                finished = session.DiagnosticsOf(document.Path);
            }

            // Unused suppressions wait for the corpus rules at compilation end.
            Report(context.ReportDiagnostic, workspace, context.AdditionalFile.Path, finished.Where(d => d.Id != UnusedSuppressionRule.Definition.Id));
        });
    }

    public void AnalyzeCompilationEnd(CompilationAnalysisContext context)
    {
        var anchor = _inputs.Configs.FirstOrDefault() ?? _inputs.FactFiles.First();
        Guard(context.ReportDiagnostic, RoslynDiagnostics.StartOf(anchor), "the fact files of this project", () =>
        {
            foreach (var workspace in _state.Value.Facts.Workspaces)
            {
                var session = SessionOf(workspace);
                var corpusRules = new HashSet<string>(workspace.Options.Rules.CorpusRules.Select(r => r.Id), StringComparer.Ordinal);
                lock (session)
                {
                    // Files whose action the host skipped get their per-file rules now.
                    var missing = workspace.Corpus.Documents.Where(d => !session.HasFileFindings(d.Path)).ToList();
                    var reportedInFileAction = new HashSet<string>(workspace.Corpus.Documents.Where(d => session.HasFileFindings(d.Path)).Select(d => d.Path), StringComparer.Ordinal);
                    session.AnalyzeFiles(missing);
                    session.RunCorpusPass(null, context.CancellationToken);
                    foreach (var document in workspace.Corpus.Documents)
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        var alreadyReported = reportedInFileAction.Contains(document.Path);
                        var findings = session.DiagnosticsOf(document.Path)
                            .Where(d => !alreadyReported || corpusRules.Contains(d.Id) || d.Id == UnusedSuppressionRule.Definition.Id);
                        Report(context.ReportDiagnostic, workspace, workspace.FullPath(document.Path), findings);
                    }
                }
            }
        });
    }

    private AnalysisSession SessionOf(BuildWorkspace workspace) =>
        _sessions.GetOrAdd(workspace, w => new AnalysisSession(w.Options, w.Corpus));

    private void Report(Action<Diagnostic> report, BuildWorkspace workspace, string fullPath, IEnumerable<FLDiagnostic> findings)
    {
        foreach (var finding in findings)
        {
            if (_state.Value.Severities.TryGetSeverity(fullPath, finding, workspace.Config, out var severity))
            {
                report(RoslynDiagnostics.Create(finding, workspace, severity));
            }
        }
    }

    /// <summary>Whatever escapes the engine becomes one FL0001 per compilation, never a failed build or an AD0001 with a stack dump.</summary>
    private void Guard(Action<Diagnostic> report, Location location, string scope, Action action)
    {
        try
        {
            action();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // Every exception is turned into a diagnostic by design.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (Interlocked.Exchange(ref _failureReported, 1) == 0)
            {
                report(AnalyzerFailure.Create(ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex, location, scope));
            }
        }
    }
}
