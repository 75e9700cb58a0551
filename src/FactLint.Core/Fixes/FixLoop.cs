using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// Applies fixes until the corpus stops changing: lint, take one fix per finding (the policy's
/// choice), apply them together, re-parse and re-lint, at most <see cref="MaxRounds"/> times.
/// Nothing is trusted unverified: when a round's fixes add a structural finding or an error
/// (<see cref="FixDamage"/>), the round is split in halves until the fixes at fault are found;
/// those are rolled back and reported as skipped with the finding they would cause, the others
/// stay — Ruff's fix loop stops at a syntax error it introduced; this one also names the culprit.
/// Works on the corpus in memory; the caller decides whether to write the files or show a diff.
/// </summary>
public static class FixLoop
{
    /// <summary>Enough for fixes that wait on a conflicting one; a corpus that still changes after this is reported, not looped on.</summary>
    public const int MaxRounds = 10;

    /// <param name="inScope">The files that may be changed (those under the paths asked for).</param>
    /// <param name="writable">
    /// Whether a file may be rewritten (its bytes survive a round trip); asked only for files a
    /// chosen fix edits, before their first change. Fixes that edit a file it refuses are left alone.
    /// </param>
    public static FixResult Run(FactCorpus corpus, AnalysisOptions options, FixPolicy policy, Func<string, bool> inScope, Func<string, bool>? writable = null) =>
        Run(corpus, c => CorpusAnalyzer.Analyze(c, options), policy, inScope, writable);

    /// <param name="analyze">
    /// Lints the corpus as it stands; a host may answer its first call from findings it already
    /// has (the language server's fix-all), or check less than the whole corpus.
    /// </param>
    public static FixResult Run(FactCorpus corpus, Func<FactCorpus, AnalysisResult> analyze, FixPolicy policy, Func<string, bool> inScope, Func<string, bool>? writable = null)
    {
        var run = new FixRun(corpus, analyze);
        var result = analyze(corpus);
        var round = 0;
        var converged = false;
        while (round < MaxRounds)
        {
            round++;
            var candidates = new List<(Diagnostic Finding, CodeFix Fix)>();
            foreach (var d in result.Diagnostics)
            {
                var fix = policy.Choose(d);
                if (fix == null || run.Refused.Contains(Signature(d, fix)))
                {
                    continue;
                }

                var paths = fix.Edits.Select(e => e.Path).Distinct(StringComparer.Ordinal).ToList();
                if (paths.FirstOrDefault(p => !inScope(p)) is string outside)
                {
                    run.Refuse(d, fix, $"it edits {outside}, which is outside the paths being fixed");
                    continue;
                }

                if (paths.FirstOrDefault(p => corpus[p]?.IsBroken == true) is string broken)
                {
                    // After a syntax error the tree holds only what was read before it: an edit
                    // placed by it could land inside the broken text.
                    run.Refuse(d, fix, $"{broken} has a YAML syntax error; correct it first");
                    continue;
                }

                if (writable == null || paths.All(writable))
                {
                    candidates.Add((d, fix));
                }
            }

            var next = run.ApplyVerified(result, candidates, round);
            if (next == null)
            {
                converged = true;
                break;
            }

            result = next;
        }

        return new FixResult(run.Applied, run.Skipped, run.ChangedTexts(), round, converged);
    }

    private static string Signature(Diagnostic d, CodeFix fix) =>
        string.Join("\u0001", d.Id, d.Location.Path, d.Message, fix.Title, fix.EquivalenceKey);

    /// <summary>One fix run's state: the corpus, what each changed file first read, and what was applied or refused.</summary>
    private sealed class FixRun
    {
        private readonly FactCorpus _corpus;
        private readonly Func<FactCorpus, AnalysisResult> _analyze;
        private readonly Dictionary<string, SourceText> _originals = new(StringComparer.Ordinal);

        public FixRun(FactCorpus corpus, Func<FactCorpus, AnalysisResult> analyze)
        {
            _corpus = corpus;
            _analyze = analyze;
        }

        public List<AppliedFix> Applied { get; } = new();

        public List<SkippedFix> Skipped { get; } = new();

        public HashSet<string> Refused { get; } = new(StringComparer.Ordinal);

        public void Refuse(Diagnostic d, CodeFix fix, string reason)
        {
            if (Refused.Add(Signature(d, fix)))
            {
                Skipped.Add(new SkippedFix(d.Location.Path, d.Id, d.Location.LineSpan.Start, fix.Title, reason));
            }
        }

        /// <summary>Applies as many candidates as do no damage; returns the analysis of the new corpus, or null when nothing changed.</summary>
        public AnalysisResult? ApplyVerified(AnalysisResult baseline, List<(Diagnostic Finding, CodeFix Fix)> candidates, int round)
        {
            if (candidates.Count == 0)
            {
                return null;
            }

            var damage = new FixDamage(baseline.Diagnostics);
            var roundStart = new Dictionary<string, FactDocument>(StringComparer.Ordinal);
            var accepted = new List<(Diagnostic Finding, CodeFix Fix)>();
            (AnalysisResult Result, FixApplication Application)? acceptedState = null;
            var corpusHoldsAccepted = true;

            void Restore()
            {
                foreach (var doc in roundStart.Values)
                {
                    _corpus.SetDocument(doc);
                }
            }

            (AnalysisResult Result, FixApplication Application, Diagnostic? Damage) Trial(List<(Diagnostic Finding, CodeFix Fix)> set)
            {
                Restore();
                var application = FixApplier.Apply(set.Select(c => c.Fix), p => roundStart.TryGetValue(p, out var d) ? d.Text : _corpus[p]?.Text);
                foreach (var pair in application.Texts)
                {
                    var (path, text) = (pair.Key, pair.Value);
                    if (!roundStart.ContainsKey(path) && _corpus[path] is FactDocument before)
                    {
                        roundStart[path] = before;
                    }

                    _corpus.SetDocument(FactDocument.FromText(path, text));
                }

                var after = _analyze(_corpus);
                return (after, application, damage.FirstNew(after.Diagnostics));
            }

            void Try(List<(Diagnostic Finding, CodeFix Fix)> part)
            {
                var trial = Trial(accepted.Concat(part).ToList());
                if (trial.Damage == null)
                {
                    accepted.AddRange(part);
                    acceptedState = (trial.Result, trial.Application);
                    corpusHoldsAccepted = true;
                    return;
                }

                corpusHoldsAccepted = false;
                if (part.Count == 1)
                {
                    Refuse(part[0].Finding, part[0].Fix, FixDamage.Describe(trial.Damage));
                    return;
                }

                var half = part.Count / 2;
                Try(part.GetRange(0, half));
                Try(part.GetRange(half, part.Count - half));
            }

            Try(candidates);
            if (acceptedState == null || acceptedState.Value.Application.Texts.All(p => p.Value.ContentEquals(roundStart[p.Key].Text)))
            {
                // Every fix was refused or changed nothing: the next round would see the same findings.
                Restore();
                return null;
            }

            if (!corpusHoldsAccepted)
            {
                Trial(accepted);
            }

            var (result, application) = acceptedState.Value;
            foreach (var path in application.Texts.Keys)
            {
                if (!_originals.ContainsKey(path))
                {
                    _originals[path] = roundStart[path].Text;
                }
            }

            foreach (var fix in application.Applied)
            {
                var d = accepted.First(c => ReferenceEquals(c.Fix, fix)).Finding;
                Applied.Add(new AppliedFix(d.Location.Path, d.Id, d.Location.LineSpan.Start, fix.Title, round, fix.Edits.Select(e => e.Path).Distinct(StringComparer.Ordinal).ToArray()));
            }

            return result;
        }

        public Dictionary<string, ChangedText> ChangedTexts() =>
            _originals
                .Where(p => _corpus[p.Key] is FactDocument now && !now.Text.ContentEquals(p.Value))
                .ToDictionary(p => p.Key, p => new ChangedText(p.Value, _corpus[p.Key]!.Text), StringComparer.Ordinal);
    }
}
