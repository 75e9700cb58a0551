using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using FactLint.Analysis.Incremental;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Analysis;

/// <summary>
/// The stages of an analysis — per-file rules, corpus rules, then config severities and
/// suppression comments (reporting the unused ones) — which <see cref="AnalysisSession"/> puts
/// together for every host, so the CLI, the editor and the build report the same findings for
/// the same text.
/// </summary>
public static class CorpusAnalyzer
{
    /// <summary>The whole analysis of a corpus: the one path every host takes (<see cref="AnalysisSession"/>).</summary>
    public static AnalysisResult Analyze(FactCorpus corpus, AnalysisOptions? options = null) => AnalysisSession.Analyze(corpus, options ?? new AnalysisOptions());

    /// <summary>One file's per-file rule findings, before severities and suppressions.</summary>
    public static List<Diagnostic> AnalyzeFile(FactDocument document, AnalysisOptions options)
    {
        var rules = EnabledFileRules(options);
        var sink = new List<Diagnostic>();
        RunFileRules(document, options, rules, sink, new long[rules.Length]);
        return sink;
    }

    /// <summary>The corpus rules' findings by file path, before severities and suppressions.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (checked between rules, and by rules that take long).</exception>
    public static IReadOnlyDictionary<string, List<Diagnostic>> AnalyzeCorpus(FactCorpus corpus, AnalysisOptions options, CancellationToken cancellationToken) =>
        RunCorpusRules(corpus, options, null, cancellationToken);

    /// <summary>Applies config severities and the file's suppression comments to its raw findings (per-file and corpus ones together), adding what survives to <paramref name="output"/>.</summary>
    public static void Finish(FactDocument document, List<Diagnostic> raw, AnalysisOptions options, List<Diagnostic> output)
    {
        var knownIds = SpecRuleIds.Known(options.Rules);
        var unusedSeverity = options.Config.EffectiveSeverity(EngineDescriptors.UnusedSuppression.Id, Severity.Info);
        SuppressionFilter.Apply(document, raw, options.Config, knownIds, unusedSeverity, output);
    }

    internal static FileRule[] EnabledFileRules(AnalysisOptions options) => options.Rules.FileRules.Where(r => IsEnabled(r, options)).ToArray();

    internal static void RunFileRules(FactDocument doc, AnalysisOptions options, FileRule[] rules, List<Diagnostic> sink, long[] ticks)
    {
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (doc.IsBroken && !rule.RunsOnBrokenFiles)
            {
                continue;
            }

            var start = Stopwatch.GetTimestamp();
            Guard(rule, doc, sink, () => rule.Analyze(new FileAnalysisContext(rule, doc, options.Config, sink)));
            Interlocked.Add(ref ticks[r], Stopwatch.GetTimestamp() - start);
        }
    }

    /// <summary>
    /// A pass of a long-lived session: only what the change since the last pass invalidated is
    /// computed again (<see cref="CorpusPassState"/>). Every finding is checked to point at text as
    /// it is now; if one does not, kept results are not trusted and the whole pass runs again.
    /// </summary>
    internal static Dictionary<string, List<Diagnostic>> RunCorpusRules(CorpusSnapshot snapshot, CorpusPassState state, RuleTimes? times, CancellationToken cancellationToken)
    {
        lock (state.Lock)
        {
            state.Begin(snapshot);
            var byPath = RunCorpusRules(state.Corpus, snapshot.Options, times, cancellationToken, state);
            if (PointsAtCurrentText(byPath, state, out var stale))
            {
                return byPath;
            }

            state.Reset(stale == null ? null : $"{stale} (its file changed in this pass: {state.Delta.ChangedPaths.ContainsKey(stale.Location.Path)}; span {stale.Location.Span} of {stale.Location.Text.Length} characters, now {state.Corpus[stale.Location.Path]?.Text.Length})");
            state.Begin(snapshot);
            return RunCorpusRules(state.Corpus, snapshot.Options, times, cancellationToken, state);
        }
    }

    internal static Dictionary<string, List<Diagnostic>> RunCorpusRules(FactCorpus corpus, AnalysisOptions options, RuleTimes? times, CancellationToken cancellationToken, CorpusPassState? state = null)
    {
        var documents = corpus.Documents;
        var rules = options.Rules.CorpusRules.Where(r => IsEnabled(r, options)).ToArray();
        var sinks = new List<Diagnostic>[rules.Length];
        var ticks = new long[rules.Length];
        var shared = new SharedModels();

        void RunOne(int r)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rule = rules[r];
            var sink = sinks[r] = new List<Diagnostic>();
            var start = Stopwatch.GetTimestamp();
            var memo = state?.MemoOf(rule);
            memo?.BeginRun();
            Guard(rule, documents.Count > 0 ? documents[0] : null, sink, () => rule.Analyze(new CorpusAnalysisContext(rule, corpus, documents, options.Config, options.Archives, shared, sink, state, cancellationToken) { Parallel = options.Parallel, QuoteSearches = options.QuoteSearches }));
            memo?.EndRun();
            ticks[r] = Stopwatch.GetTimestamp() - start;
        }

        // The rules of a one-shot run (the CLI, the build) read the corpus and write only their
        // own findings, so they run side by side; a session's pass keeps state between passes and
        // runs them one by one. Either way the findings come out in rule order. Each rule has a
        // thread of its own, not a pool thread: the rules that wait for a shared model another
        // rule is building (the claim groups) then leave the cores to the rules that can run,
        // where a pool of one thread per core sat idle until the model was built.
        if (state == null && options.Parallel && rules.Length > 1)
        {
            var tasks = new System.Threading.Tasks.Task[rules.Length];
            for (var r = 0; r < rules.Length; r++)
            {
                var rule = r;
                tasks[r] = System.Threading.Tasks.Task.Factory.StartNew(() => RunOne(rule), cancellationToken, System.Threading.Tasks.TaskCreationOptions.LongRunning, System.Threading.Tasks.TaskScheduler.Default);
            }

            try
            {
                System.Threading.Tasks.Task.WaitAll(tasks);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                throw new OperationCanceledException(ex.InnerExceptions[0].Message, ex.InnerExceptions[0], cancellationToken);
            }
        }
        else
        {
            for (var r = 0; r < rules.Length; r++)
            {
                RunOne(r);
            }
        }

        var corpusSink = new List<Diagnostic>();
        for (var r = 0; r < rules.Length; r++)
        {
            corpusSink.AddRange(sinks[r]);
            times?.Add(rules[r].Id, ticks[r]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var d in corpusSink)
        {
            if (!byPath.TryGetValue(d.Location.Path, out var list))
            {
                list = new List<Diagnostic>();
                byPath[d.Location.Path] = list;
            }

            list.Add(d);
        }

        return byPath;
    }

    /// <summary>Whether every finding points at the documents as they are now (rebinding those kept from older text that still holds).</summary>
    private static bool PointsAtCurrentText(Dictionary<string, List<Diagnostic>> byPath, CorpusPassState state, out Diagnostic? stale)
    {
        stale = null;
        foreach (var list in byPath.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var d = list[i];
                if (IsCurrent(d.Location, state.Corpus) && d.Related.All(r => IsCurrent(r.Location, state.Corpus)))
                {
                    continue;
                }

                if (!FindingRebinder.TryRebind(d, state.Corpus, state.Delta, out var rebound))
                {
                    stale = d;
                    return false;
                }

                list[i] = rebound;
            }
        }

        return true;
    }

    /// <summary>Whether a place is in a fact file as it is now, or outside the fact files (an archived source's text).</summary>
    private static bool IsCurrent(SourceLocation location, FactCorpus corpus) => corpus[location.Path] is not { } now || ReferenceEquals(now.Text, location.Text);

    private static bool IsEnabled(Rule rule, AnalysisOptions options) =>
        options.Config.EffectiveSeverity(rule.Id, Diagnostic.DefaultSeverity(rule.Descriptor)) != null;

    /// <summary>A rule that throws must not take the run down: its failure becomes one FL0001 finding, as the compiler reports a crashing analyzer.</summary>
    private static void Guard(Rule rule, FactDocument? doc, List<Diagnostic> sink, Action action)
    {
        try
        {
            action();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // Any exception from a rule is turned into a diagnostic by design.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (doc == null)
            {
                return;
            }

            var message = $"The rule {rule.Id} ({rule.Name}) failed on this file with {ex.GetType().Name}: {ex.Message}. Its findings here are missing; please report this as a FactLint bug.";
            sink.Add(Diagnostic.Create(EngineDescriptors.InternalError, new SourceLocation(doc.Path, doc.Text, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)), message));
        }
    }
}
