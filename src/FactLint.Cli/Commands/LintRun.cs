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
    private LintRun(LintReport report, IReadOnlyList<(string Phase, TimeSpan Time)> phases, RuleTimes ruleTimes)
    {
        Report = report;
        Phases = phases;
        RuleTimes = ruleTimes;
    }

    public LintReport Report { get; }

    public IReadOnlyList<(string Phase, TimeSpan Time)> Phases { get; }

    public RuleTimes RuleTimes { get; }

    /// <summary>Bytes the collector was asked to allocate before collecting (<see cref="CollectionHold"/>), or null.</summary>
    public long? HeldCollectionBytes { get; private init; }

    /// <summary>Cache writes still under way; <see cref="Complete"/> waits for them before the process ends.</summary>
    private IReadOnlyList<System.Threading.Tasks.Task> PendingSaves { get; init; } = Array.Empty<System.Threading.Tasks.Task>();

    /// <summary>Waits for the cache to be written (a cache write that fails only makes the next run slower).</summary>
    public void Complete() => System.Threading.Tasks.Task.WaitAll(PendingSaves.ToArray());

    /// <returns>The run, or null after writing why to <paramref name="stderr"/> (exit 2).</returns>
    /// <param name="useCache">Reuse and update the per-file results in each workspace's .factlint-cache.</param>
    /// <param name="ownsProcess">The run has its process to itself (the command line, not a test or a server): it may hold off the collector (<see cref="CollectionHold"/>).</param>
    public static LintRun? Execute(IReadOnlyList<string> paths, TextWriter stderr, ProgressReporter? progress = null, bool useCache = true, bool ownsProcess = false)
    {
        var targets = LintTargets.Resolve(paths, stderr);
        return targets == null ? null : Execute(targets, stderr, progress, useCache, ownsProcess);
    }

    /// <inheritdoc cref="Execute(IReadOnlyList{string}, TextWriter, ProgressReporter?, bool, bool)"/>
    public static LintRun? Execute(LintTargets targets, TextWriter stderr, ProgressReporter? progress = null, bool useCache = true, bool ownsProcess = false)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var phases = new List<(string Phase, TimeSpan Time)>();
        var ruleTimes = new RuleTimes();
        var diagnostics = new List<Diagnostic>();
        var fileCount = 0;
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var places = new List<WorkspacePlaces>();
        var saves = new List<System.Threading.Tasks.Task>();
        long? held = null;
        foreach (var target in targets.Workspaces)
        {
            var prepared = target.Prepare(stderr);
            if (prepared == null)
            {
                return null;
            }

            foreach (var notice in prepared.Notices)
            {
                stderr.WriteLine($"factlint: warning: {notice.Path} was not read: {notice.Message}.");
            }

            if (!prepared.Paths.Any(target.InScope))
            {
                // A mistyped path or an empty folder must not pass as "no problems".
                var where = string.Join(", ", target.FullPaths.Select(p => "'" + Path.GetRelativePath(Directory.GetCurrentDirectory(), p) + "'"));
                stderr.WriteLine($"factlint: error: no fact files found in {where} (looked for {string.Join(", ", prepared.Config.Include)}{(prepared.Config.Exclude.Count > 0 ? ", excluding " + string.Join(", ", prepared.Config.Exclude) : string.Empty)}); check the path, or the include and exclude globs of factlint.yaml.");
                return null;
            }

            var contents = WorkspaceLoader.ReadAll(prepared);
            // The budget is estimated from one workspace's files: a run over several collects as usual.
            if (ownsProcess && targets.Workspaces.Count == 1)
            {
                long bytes = 0;
                foreach (var content in contents)
                {
                    bytes += content.Bytes?.Length ?? 0;
                }

                held = CollectionHold.TryHold(bytes);
            }

            var run = useCache ? RunCache.Open(target.Root, prepared.Config) : null;
            var writeRun = run != null && RunCache.WorthWriting(target.Root);
            var fingerprint = run != null ? RunCache.Fingerprint(prepared.Paths, contents) : null;
            IReadOnlyList<Diagnostic>? found = null;
            if (run != null && run.TryLoad(fingerprint!, prepared.Paths, contents, RuleCatalog.Default, out var reused, out var reusedTexts))
            {
                // Nothing changed since the last run: its findings, with nothing parsed or checked again.
                found = reused;
                foreach (var (path, text) in reusedTexts)
                {
                    texts[path] = text;
                }

                phases.Add(("read (the files are as in the last run: its findings are reused)", clock.Elapsed));
                clock.Restart();
            }

            if (found == null)
            {
                // The files will be checked: the schema compiles while they are parsed (a reused run never needs it).
                FactLint.Schema.BuiltInSchemas.CompileInBackground();
            }

            var workspace = found == null ? WorkspaceLoader.Load(prepared, progress, contents) : null;
            if (workspace != null)
            {
                phases.Add(("load (discover, read, parse)", clock.Elapsed));
                clock.Restart();
                progress?.Checking(workspace.Corpus.Count);
                var cache = useCache ? LintCache.Open(target.Root, workspace.Config, RuleCatalog.Default) : null;
                var quotes = useCache ? QuoteSearchCache.Open(target.Root, workspace.Config) : null;
                var archives = new FileSystemArchiveStore(target.Root);
                var result = CorpusAnalyzer.Analyze(workspace.Corpus, new AnalysisOptions { Config = workspace.Config, Archives = archives, FileResults = cache, QuoteSearches = quotes });
                cache?.Save();
                quotes?.Save();
                if (run != null && writeRun)
                {
                    // Written while the report is (it takes longer than the report, so the run still waits for it at the end).
                    var opened = archives.Opened.ToList();
                    var all = result.Diagnostics;
                    saves.Add(System.Threading.Tasks.Task.Run(() => run.Save(fingerprint!, opened, all)));
                }
                found = result.Diagnostics;
                phases.Add(("analyse (all rules)", clock.Elapsed));
                clock.Restart();
                ruleTimes.Add(result.RuleTimes);

                foreach (var doc in workspace.Corpus.Documents)
                {
                    texts[doc.Path] = doc.Text;
                }
            }

            var from = diagnostics.Count;
            diagnostics.AddRange(prepared.ConfigDiagnostics);
            if (target.CoversWorkspace)
            {
                diagnostics.AddRange(found!);
            }
            else
            {
                diagnostics.AddRange(found!.Where(d => target.InScope(d.Location.Path)));
            }

            fileCount += prepared.Paths.Count(target.InScope) + (prepared.ConfigDiagnostics.Count > 0 ? 1 : 0);
            places.Add(new WorkspacePlaces(target.Root, prepared.Paths, diagnostics, from, diagnostics.Count));
        }

        // Only the formats that print paths relative to the current folder (text, SARIF, GitHub)
        // ask where a path is on disk: the JSON report does not, so the map is made on first use.
        var fullPaths = new Lazy<Dictionary<string, string>>(() => FullPaths(places));
        var report = new LintReport(
            diagnostics,
            fileCount,
            p => texts.TryGetValue(p, out var t) ? t : null,
            p => fullPaths.Value.TryGetValue(p, out var full) ? full : Path.GetFullPath(p));
        return new LintRun(report, phases, ruleTimes) { PendingSaves = saves, HeldCollectionBytes = held };
    }

    /// <summary>Where each workspace-relative path of the run is on disk, workspace by workspace (a later workspace's fact file wins, as it was read later).</summary>
    private static Dictionary<string, string> FullPaths(List<WorkspacePlaces> places)
    {
        var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            foreach (var path in place.Paths)
            {
                fullPaths[path] = Path.Combine(place.Root, path);
            }

            fullPaths[ConfigLoader.FileName] = Path.Combine(place.Root, ConfigLoader.FileName);

            // Related places and fix edits may name files that are not fact files (an archived
            // source): they are workspace-relative too, so every format resolves them from the root.
            // (Loops, not LINQ: 60,000 findings with related places and fixes made this 60 ms.)
            for (var i = place.From; i < place.End; i++)
            {
                var d = place.Diagnostics[i];
                foreach (var r in d.Related)
                {
                    AddFullPath(fullPaths, place.Root, r.Location.Path);
                }

                foreach (var f in d.Fixes)
                {
                    foreach (var e in f.Edits)
                    {
                        AddFullPath(fullPaths, place.Root, e.Path);
                    }
                }
            }
        }

        return fullPaths;
    }

    private static void AddFullPath(Dictionary<string, string> fullPaths, string root, string path)
    {
        if (!fullPaths.ContainsKey(path))
        {
            fullPaths[path] = Path.Combine(root, path);
        }
    }

    /// <summary>A workspace of the run: its root, its fact files, and where its findings are in the run's list.</summary>
    private sealed record WorkspacePlaces(string Root, IReadOnlyList<string> Paths, List<Diagnostic> Diagnostics, int From, int End);
}
