using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Cli.Output;
using FactLint.Diagnostics;
using FactLint.Workspace;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint lint [PATH...]</c>: each path is linted within its workspace (the nearest folder
/// with a factlint.yaml), so that references to other files resolve; only findings in files under
/// the given paths are reported.
/// </summary>
public static class LintCommand
{
    public static int Run(LintOptions options, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var requested = options.Paths.Count == 0 ? new[] { "." } : options.Paths;
        var targets = new List<(string Root, string Full)>();
        foreach (var p in requested)
        {
            var full = Path.GetFullPath(p);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                stderr.WriteLine($"factlint: error: the path '{p}' does not exist.");
                return ExitCodes.UsageError;
            }

            targets.Add((WorkspaceLocator.FindRoot(full), full));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var phases = new List<(string Phase, TimeSpan Time)>();
        var ruleTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var fileCount = 0;
        var texts = new Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText>(StringComparer.Ordinal);
        foreach (var group in targets.GroupBy(t => t.Root, StringComparer.Ordinal))
        {
            var root = group.Key;
            var explicitFiles = group.Where(t => File.Exists(t.Full)).Select(t => t.Full).ToList();
            LoadedWorkspace workspace;
            try
            {
                workspace = WorkspaceLoader.Load(root, explicitFiles);
            }
            catch (AggregateException ex) when (ex.InnerException is WorkspaceException inner)
            {
                stderr.WriteLine($"factlint: error: {inner.Message}");
                return ExitCodes.UsageError;
            }
            catch (WorkspaceException ex)
            {
                stderr.WriteLine($"factlint: error: {ex.Message}");
                return ExitCodes.UsageError;
            }

            phases.Add(("load (discover, read, parse)", clock.Elapsed));
            clock.Restart();
            var result = CorpusAnalyzer.Analyze(workspace.Corpus, new AnalysisOptions { Config = workspace.Config, Archives = new FileSystemArchiveStore(root) });
            phases.Add(("analyse (all rules)", clock.Elapsed));
            clock.Restart();
            foreach (var pair in result.RuleTimes)
            {
                ruleTimes[pair.Key] = (ruleTimes.TryGetValue(pair.Key, out var t) ? t : TimeSpan.Zero) + pair.Value;
            }

            var scopes = group.Select(t => FactFileDiscovery.ToRelative(root, t.Full)).ToList();
            bool InScope(string path) => scopes.Any(s => s.Length == 0 || s == "." || path == s || path.StartsWith(s.TrimEnd('/') + "/", StringComparison.Ordinal));

            diagnostics.AddRange(workspace.ConfigDiagnostics);
            diagnostics.AddRange(result.Diagnostics.Where(d => InScope(d.Location.Path)));
            fileCount += workspace.Corpus.Documents.Count(d => InScope(d.Path));
            foreach (var doc in workspace.Corpus.Documents)
            {
                texts[doc.Path] = doc.Text;
            }
        }

        var report = new LintReport(diagnostics, fileCount, p => texts.TryGetValue(p, out var t) ? t : null);
        switch (options.Format)
        {
            case OutputFormat.Json:
                stdout.Flush();
                using (var stream = openStdout())
                {
                    JsonReporter.Write(stream, report);
                }

                break;
            default:
                TextReporter.Write(stdout, report, new Ansi(options.Color ?? ColorByDefault()));
                break;
        }

        if (options.Timings)
        {
            phases.Add(("report", clock.Elapsed));
            TimingsReport.Write(stderr, phases, ruleTimes);
        }

        return diagnostics.Any(d => d.Severity >= options.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb.</summary>
    private static bool ColorByDefault() =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
