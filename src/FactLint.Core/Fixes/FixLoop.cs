using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// Applies fixes until the corpus stops changing: lint, apply every allowed fix that does not
/// conflict with another, lint again (a fix may reveal or settle another finding), at most
/// <see cref="MaxRounds"/> times. Works on the corpus in memory; the caller decides whether to
/// write the files or show a diff.
/// </summary>
public static class FixLoop
{
    /// <summary>Enough for fixes that wait on a conflicting one; a corpus that still changes after this is reported, not looped on.</summary>
    public const int MaxRounds = 10;

    /// <param name="inScope">The files that may be changed (those under the paths asked for).</param>
    /// <param name="writable">
    /// Whether a file may be rewritten (its bytes survive a round trip); asked only for files with
    /// fixes, before their first change. Files it refuses are left alone.
    /// </param>
    public static FixResult Run(FactCorpus corpus, AnalysisOptions options, FixSelection selection, Func<string, bool> inScope, Func<string, bool>? writable = null)
    {
        var originals = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var applied = new List<AppliedFix>();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var round = 0;
        var converged = false;
        while (round < MaxRounds)
        {
            round++;
            var result = CorpusAnalyzer.Analyze(corpus, options);
            var byFile = result.Diagnostics
                .Where(d => inScope(d.Location.Path) && (writable == null || writable(d.Location.Path)))
                .SelectMany(d => d.Fixes.Where(f => selection.Allows(f)).Select(f => (Diagnostic: d, Fix: f)))
                .GroupBy(x => x.Diagnostic.Location.Path, StringComparer.Ordinal);
            var any = false;
            foreach (var file in byFile)
            {
                var document = corpus[file.Key];
                if (document == null)
                {
                    continue;
                }

                var candidates = file.ToList();
                var (text, taken) = TextEditApplier.Apply(document.Text, file.Key, candidates.Select(c => c.Fix));
                if (taken.Count == 0 || text.ContentEquals(document.Text))
                {
                    continue;
                }

                foreach (var fix in taken)
                {
                    var d = candidates.First(c => ReferenceEquals(c.Fix, fix)).Diagnostic;
                    applied.Add(new AppliedFix(file.Key, d.Id, d.Location.LineSpan.Start, fix.Title, round));
                }

                if (!originals.ContainsKey(file.Key))
                {
                    originals[file.Key] = document.Text;
                }

                corpus.SetDocument(FactDocument.FromText(file.Key, text));
                changed.Add(file.Key);
                any = true;
            }

            if (!any)
            {
                converged = true;
                break;
            }
        }

        var texts = changed
            .Where(p => !corpus[p]!.Text.ContentEquals(originals[p]))
            .ToDictionary(p => p, p => new ChangedText(originals[p], corpus[p]!.Text), StringComparer.Ordinal);
        return new FixResult(applied, texts, round, converged);
    }
}
