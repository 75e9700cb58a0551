using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Cli.Caching;
using FactLint.Cli.Output;
using FactLint.Config;
using FactLint.Diagnostics;
using FactLint.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Cli.Commands;

/// <summary>One lint of the requested paths, shared by <c>lint</c> and <c>baseline</c>: the report and where the time went.</summary>
public sealed class LintRun
{
    private LintRun(LintReport report, IReadOnlyList<(string Phase, TimeSpan Time)> phases, IReadOnlyDictionary<string, TimeSpan> ruleTimes)
    {
        Report = report;
        Phases = phases;
        RuleTimes = ruleTimes;
    }

    public LintReport Report { get; }

    public IReadOnlyList<(string Phase, TimeSpan Time)> Phases { get; }

    public IReadOnlyDictionary<string, TimeSpan> RuleTimes { get; }

    /// <returns>The run, or null after writing why to <paramref name="stderr"/> (exit 2).</returns>
    /// <param name="useCache">Reuse and update the per-file results in each workspace's .factlint-cache.</param>
    public static LintRun? Execute(IReadOnlyList<string> paths, TextWriter stderr, ProgressReporter? progress = null, bool useCache = true)
    {
        var targets = LintTargets.Resolve(paths, stderr);
        return targets == null ? null : Execute(targets, stderr, progress, useCache);
    }

    /// <inheritdoc cref="Execute(IReadOnlyList{string}, TextWriter, ProgressReporter?, bool)"/>
    public static LintRun? Execute(LintTargets targets, TextWriter stderr, ProgressReporter? progress = null, bool useCache = true)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var phases = new List<(string Phase, TimeSpan Time)>();
        var ruleTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var fileCount = 0;
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in targets.Workspaces)
        {
            var workspace = target.Load(stderr, progress);
            if (workspace == null)
            {
                return null;
            }

            foreach (var notice in workspace.Notices)
            {
                stderr.WriteLine($"factlint: warning: {notice.Path} was not read: {notice.Message}.");
            }

            if (!workspace.Corpus.Documents.Any(d => target.InScope(d.Path)))
            {
                // A mistyped path or an empty folder must not pass as "no problems".
                var where = string.Join(", ", target.FullPaths.Select(p => "'" + Path.GetRelativePath(Directory.GetCurrentDirectory(), p) + "'"));
                stderr.WriteLine($"factlint: error: no fact files found in {where} (looked for {string.Join(", ", workspace.Config.Include)}{(workspace.Config.Exclude.Count > 0 ? ", excluding " + string.Join(", ", workspace.Config.Exclude) : string.Empty)}); check the path, or the include and exclude globs of factlint.yaml.");
                return null;
            }

            phases.Add(("load (discover, read, parse)", clock.Elapsed));
            clock.Restart();
            progress?.Checking(workspace.Corpus.Count);
            var cache = useCache ? LintCache.Open(target.Root, workspace.Config, RuleCatalog.Default) : null;
            var result = CorpusAnalyzer.Analyze(workspace.Corpus, new AnalysisOptions { Config = workspace.Config, Archives = new FileSystemArchiveStore(target.Root), FileResults = cache });
            cache?.Save();
            phases.Add(("analyse (all rules)", clock.Elapsed));
            clock.Restart();
            foreach (var pair in result.RuleTimes)
            {
                ruleTimes[pair.Key] = (ruleTimes.TryGetValue(pair.Key, out var t) ? t : TimeSpan.Zero) + pair.Value;
            }

            diagnostics.AddRange(workspace.ConfigDiagnostics);
            diagnostics.AddRange(result.Diagnostics.Where(d => target.InScope(d.Location.Path)));
            fileCount += workspace.Corpus.Documents.Count(d => target.InScope(d.Path)) + (workspace.ConfigDiagnostics.Count > 0 ? 1 : 0);
            foreach (var doc in workspace.Corpus.Documents)
            {
                texts[doc.Path] = doc.Text;
                fullPaths[doc.Path] = Path.Combine(target.Root, doc.Path);
            }

            fullPaths[ConfigLoader.FileName] = Path.Combine(target.Root, ConfigLoader.FileName);

            // Related places and fix edits may name files that are not fact files (an archived
            // source): they are workspace-relative too, so every format resolves them from the root.
            foreach (var d in diagnostics)
            {
                foreach (var path in d.Related.Select(r => r.Location.Path).Concat(d.Fixes.SelectMany(f => f.Edits).Select(e => e.Path)))
                {
                    fullPaths.TryAdd(path, Path.Combine(target.Root, path));
                }
            }
        }

        var report = new LintReport(
            diagnostics,
            fileCount,
            p => texts.TryGetValue(p, out var t) ? t : null,
            p => fullPaths.TryGetValue(p, out var full) ? full : Path.GetFullPath(p));
        return new LintRun(report, phases, ruleTimes);
    }
}
