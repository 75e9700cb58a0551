using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Rules.Structure;
using FactLint.Rules.Suppressions;

namespace FactLint.Analysis;

/// <summary>
/// Runs the rules over a corpus: per-file rules (in parallel), then corpus rules, then config
/// severities and suppression comments (reporting the unused ones). Every host goes through
/// here, so the CLI, the editor and the build report the same findings for the same text.
/// The three stages are public so that the language server can rerun one file's rules on each
/// keystroke and the corpus rules only when the typing pauses, and still finish both the same way.
/// </summary>
public static class CorpusAnalyzer
{
    public static AnalysisResult Analyze(FactCorpus corpus, AnalysisOptions? options = null)
    {
        options ??= new AnalysisOptions();
        var documents = corpus.Documents;
        var perFile = new List<Diagnostic>[documents.Count];
        var fileRules = EnabledFileRules(options);
        var ticks = new long[fileRules.Length];

        void RunOne(int i)
        {
            var doc = documents[i];
            if (options.FileResults != null && options.FileResults.TryGet(doc, out var cached))
            {
                perFile[i] = new List<Diagnostic>(cached);
                return;
            }

            var sink = new List<Diagnostic>();
            RunFileRules(doc, options, fileRules, sink, ticks);
            options.FileResults?.Store(doc, sink.ToArray());
            perFile[i] = sink;
        }

        if (options.Parallel && documents.Count > 1)
        {
            System.Threading.Tasks.Parallel.For(0, documents.Count, RunOne);
        }
        else
        {
            for (var i = 0; i < documents.Count; i++)
            {
                RunOne(i);
            }
        }

        var times = ImmutableDictionary.CreateBuilder<string, TimeSpan>(StringComparer.Ordinal);
        for (var r = 0; r < fileRules.Length; r++)
        {
            times[fileRules[r].Id] = TimeSpan.FromSeconds((double)ticks[r] / Stopwatch.Frequency);
        }

        var byPath = RunCorpusRules(corpus, options, times, CancellationToken.None);
        var result = new List<Diagnostic>();
        for (var i = 0; i < documents.Count; i++)
        {
            var raw = perFile[i];
            if (byPath.TryGetValue(documents[i].Path, out var fromCorpus))
            {
                raw.AddRange(fromCorpus);
            }

            Finish(documents[i], raw, options, result);
        }

        result.Sort(DiagnosticOrder.Instance);
        return new AnalysisResult(result.ToImmutableArray(), documents.Count, times.ToImmutable());
    }

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
        var knownIds = FactLint.Rules.SpecRuleIds.Known(options.Rules);
        var unusedSeverity = options.Config.EffectiveSeverity(UnusedSuppressionRule.Definition.Id, Severity.Info);
        SuppressionFilter.Apply(document, raw, options.Config, knownIds, unusedSeverity, output);
    }

    private static FileRule[] EnabledFileRules(AnalysisOptions options) => options.Rules.FileRules.Where(r => IsEnabled(r, options)).ToArray();

    private static void RunFileRules(FactDocument doc, AnalysisOptions options, FileRule[] rules, List<Diagnostic> sink, long[] ticks)
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

    private static Dictionary<string, List<Diagnostic>> RunCorpusRules(FactCorpus corpus, AnalysisOptions options, ImmutableDictionary<string, TimeSpan>.Builder? times, CancellationToken cancellationToken)
    {
        var documents = corpus.Documents;
        var corpusSink = new List<Diagnostic>();
        var shared = new Dictionary<Type, object>();
        foreach (var rule in options.Rules.CorpusRules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsEnabled(rule, options))
            {
                var start = Stopwatch.GetTimestamp();
                Guard(rule, documents.Count > 0 ? documents[0] : null, corpusSink, () => rule.Analyze(new CorpusAnalysisContext(rule, corpus, documents, options.Config, options.Archives, shared, corpusSink, cancellationToken)));
                if (times != null)
                {
                    times[rule.Id] = TimeSpan.FromSeconds((double)(Stopwatch.GetTimestamp() - start) / Stopwatch.Frequency);
                }
            }
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
            sink.Add(Diagnostic.Create(InternalErrorRule.Definition, new SourceLocation(doc.Path, doc.Text, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)), message));
        }
    }
}
