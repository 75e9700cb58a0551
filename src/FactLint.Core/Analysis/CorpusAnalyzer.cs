using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Rules.Meta;

namespace FactLint.Analysis;

/// <summary>
/// Runs the rules over a corpus: per-file rules (in parallel), then corpus rules, then config
/// severities and suppression comments (reporting the unused ones). Every host goes through
/// here, so the CLI, the editor and the build report the same findings for the same text.
/// </summary>
public static class CorpusAnalyzer
{
    public static AnalysisResult Analyze(FactCorpus corpus, AnalysisOptions? options = null)
    {
        options ??= new AnalysisOptions();
        var documents = corpus.Documents;
        var perFile = new List<Diagnostic>[documents.Count];
        var fileRules = options.Rules.FileRules.Where(r => IsEnabled(r, options)).ToArray();
        var ticks = new long[fileRules.Length];

        void RunFileRules(int i)
        {
            var doc = documents[i];
            if (options.FileResults != null && options.FileResults.TryGet(doc, out var cached))
            {
                perFile[i] = new List<Diagnostic>(cached);
                return;
            }

            var sink = new List<Diagnostic>();
            for (var r = 0; r < fileRules.Length; r++)
            {
                var rule = fileRules[r];
                if (doc.IsBroken && !rule.RunsOnBrokenFiles)
                {
                    continue;
                }

                var start = Stopwatch.GetTimestamp();
                Guard(rule, doc, sink, () => rule.Analyze(new FileAnalysisContext(rule, doc, options.Config, sink)));
                Interlocked.Add(ref ticks[r], Stopwatch.GetTimestamp() - start);
            }

            options.FileResults?.Store(doc, sink.ToArray());
            perFile[i] = sink;
        }

        if (options.Parallel && documents.Count > 1)
        {
            System.Threading.Tasks.Parallel.For(0, documents.Count, RunFileRules);
        }
        else
        {
            for (var i = 0; i < documents.Count; i++)
            {
                RunFileRules(i);
            }
        }

        var corpusSink = new List<Diagnostic>();
        var shared = new Dictionary<Type, object>();
        var times = ImmutableDictionary.CreateBuilder<string, TimeSpan>(StringComparer.Ordinal);
        for (var r = 0; r < fileRules.Length; r++)
        {
            times[fileRules[r].Id] = TimeSpan.FromSeconds((double)ticks[r] / Stopwatch.Frequency);
        }

        foreach (var rule in options.Rules.CorpusRules)
        {
            if (IsEnabled(rule, options))
            {
                var start = Stopwatch.GetTimestamp();
                Guard(rule, documents.Count > 0 ? documents[0] : null, corpusSink, () => rule.Analyze(new CorpusAnalysisContext(rule, corpus, documents, options.Config, options.Archives, shared, corpusSink)));
                times[rule.Id] = TimeSpan.FromSeconds((double)(Stopwatch.GetTimestamp() - start) / Stopwatch.Frequency);
            }
        }

        var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            byPath[documents[i].Path] = perFile[i];
        }

        foreach (var d in corpusSink)
        {
            if (!byPath.TryGetValue(d.Location.Path, out var list))
            {
                list = new List<Diagnostic>();
                byPath[d.Location.Path] = list;
            }

            list.Add(d);
        }

        var result = new List<Diagnostic>();
        var knownIds = FactLint.Rules.SpecRuleIds.Known(options.Rules);
        var unusedSeverity = options.Config.EffectiveSeverity(UnusedSuppressionRule.Definition.Id, Severity.Info);
        foreach (var doc in documents)
        {
            var raw = byPath.TryGetValue(doc.Path, out var list) ? list : new List<Diagnostic>();
            SuppressionFilter.Apply(doc, raw, options.Config, knownIds, unusedSeverity, result);
        }

        result.Sort(DiagnosticOrder.Instance);
        return new AnalysisResult(result.ToImmutableArray(), documents.Count, times.ToImmutable());
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
