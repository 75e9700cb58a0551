using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Archives;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Model;
using FactLint.Quotes;
using FactLint.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.Rules.Sourcing;

/// <summary>
/// FL2003 quote-not-in-source: a quote is verbatim, so where the cited source has an archive the
/// quote must be in it (after folding case, white space, typographic quotes and dashes; an
/// ellipsis may skip words). When it is not, the closest passage is shown with the words that
/// differ, and offered as a replacement.
/// </summary>
public sealed class QuoteNotInSourceRule : CorpusRule
{
    /// <summary>At most this many changes are spelled out in one message; the passage shows the rest.</summary>
    private const int MaxChangesShown = 3;

    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL2003", "quote-not-in-source", "Quote not found in the archived source", RuleCategories.Sourcing, Severity.Warning,
        "A citation's quote does not occur in the archived copy of its source, even after folding case, white space, typographic quotes and dashes.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Unsafe;

    public override void Analyze(CorpusAnalysisContext context)
    {
        if (context.Archives == null)
        {
            return;
        }

        // Gather quotes by archive, then check archives in parallel: each archive is folded once and searched by all its quotes.
        // After an edit only the changed files' quotes are searched again; the others keep their findings.
        const CorpusAspects reads = CorpusAspects.Sources | CorpusAspects.Archives;
        var documents = context.DocumentsToAnalyse(reads);
        var work = new Dictionary<string, (ArchiveDocument Archive, List<(FactDocument Doc, Citation Citation)> Quotes)>(StringComparer.Ordinal);
        var sources = new Dictionary<string, ArchiveDocument?>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var claim in doc.Model.Claims)
            {
                foreach (var citation in claim.Citations)
                {
                    if (citation.Quote is not { IsString: true } quote || quote.Value.Trim().Length == 0 || citation.Source == null)
                    {
                        continue;
                    }

                    var id = citation.Source.Id;
                    if (!sources.TryGetValue(id, out var archive))
                    {
                        archive = null;
                        if (SourceLookup.Find(context.Index, id) is { Archive: { } path } source && path.Value.Trim().Length > 0)
                        {
                            var lookup = ArchivePaths.Open(context.Archives, source.Path, path.Value);
                            archive = lookup.IsAvailable ? lookup.Document : null;
                        }

                        sources[id] = archive;
                    }

                    if (archive == null)
                    {
                        continue;
                    }

                    if (!work.TryGetValue(archive.Path, out var entry))
                    {
                        entry = (archive, new List<(FactDocument, Citation)>());
                        work[archive.Path] = entry;
                    }

                    entry.Quotes.Add((doc, citation));
                }
            }
        }

        // Each finding is worded inside its archive's job, so that the archive's folded copy is dropped with the job:
        // held until reporting, the folded copies of 2,000 archives cost about 400 MB. Findings keep the original text.
        var findings = new ConcurrentBag<(FactDocument Doc, Citation Citation, Finding Finding)>();
        var jobs = work.Values.ToArray();
        var cache = context.QuoteSearches;
        Parallel.For(0, jobs.Length, context.ParallelOptions, i =>
        {
            var (archive, quotes) = jobs[i];
            string text;
            try
            {
                text = archive.ReadText();
            }
            catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException)
            {
                return; // gone or locked since it was found: FL2002 will say so on the next run
            }

            var searches = Search(text, quotes.ConvertAll(q => q.Citation.Quote!.Value), cache);
            SourceText? source = null;
            for (var k = 0; k < quotes.Count; k++)
            {
                if (!searches[k].Found)
                {
                    // Findings need the original text only (one SourceText for all of the archive's):
                    // where every search was kept from an earlier run, the archive is not even folded.
                    source ??= SourceText.From(text);
                    findings.Add((quotes[k].Doc, quotes[k].Citation, FindingFor(quotes[k].Doc, quotes[k].Citation, archive.Path, text, source, searches[k])));
                }
            }
        });

        var byDocument = findings.ToLookup(f => f.Doc);
        foreach (var doc in documents)
        {
            context.Analysed(doc, reads, () =>
            {
                foreach (var (_, _, finding) in byDocument[doc].OrderBy(f => f.Citation.Quote!.Span.Start))
                {
                    context.Report(doc, finding.Span, finding.Message, finding.Related, finding.Fixes);
                }
            });
        }
    }

    /// <summary>
    /// Each quote's search in the archive: from the cache where an earlier run searched this quote
    /// in this very text, else now (all the others in one scan), and then kept.
    /// </summary>
    private static QuoteSearch[] Search(string text, List<string> quotes, IQuoteSearchCache? cache)
    {
        if (cache == null)
        {
            return QuoteLocator.FindAll(FoldedText.Fold(text), quotes);
        }

        var key = QuoteSearchKey.Of(text);
        var searches = new QuoteSearch[quotes.Count];
        var missing = new List<int>();
        for (var k = 0; k < quotes.Count; k++)
        {
            if (cache.TryGet(key, quotes[k], out var kept))
            {
                searches[k] = kept;
            }
            else
            {
                missing.Add(k);
            }
        }

        if (missing.Count > 0)
        {
            var found = QuoteLocator.FindAll(FoldedText.Fold(text), missing.ConvertAll(k => quotes[k]));
            for (var m = 0; m < missing.Count; m++)
            {
                searches[missing[m]] = found[m];
                cache.Store(key, quotes[missing[m]], found[m]);
            }
        }

        return searches;
    }

    /// <summary>A finding worded and placed, waiting to be reported in its document's order.</summary>
    private sealed record Finding(TextSpan Span, string Message, ImmutableArray<RelatedLocation> Related, ImmutableArray<CodeFix> Fixes);

    private static Finding FindingFor(FactDocument doc, Citation citation, string archivePath, string original, SourceText archiveText, QuoteSearch search)
    {
        var quote = citation.Quote!;
        var sourceId = citation.Source!.Id;
        var where = $"the archived copy of '{sourceId}' ({archivePath})";
        var passage = search.Closest;
        if (passage == null)
        {
            return new Finding(quote.Span, $"The quote is not in {where}, and no passage of it resembles the quote; check that the claim cites the right source and that the archive holds the whole article.", default, default);
        }

        var singleSegment = QuoteLocator.Segments(FoldedText.Fold(quote.Value).Text).Count == 1;

        // The aligned passage can stop short of a word the quote leaves out: widen it by some words
        // each side, diff word by word, and keep of the window only what the quote corresponds to.
        var compared = singleSegment ? quote.Value : search.MissingSegment!;
        var (windowStart, windowEnd) = Widen(original, passage.OriginalStart, passage.OriginalEnd, Math.Max(40, compared.Length / 2));
        var window = original.Substring(windowStart, windowEnd - windowStart);
        var diff = WordDiff.CompareWithin(compared, window, trimArchiveEnds: true);
        var changes = diff.Changes;
        var shownStart = windowStart + diff.ArchiveStart;
        var shownEnd = Math.Max(shownStart, windowStart + diff.ArchiveEnd);
        var line = LineMap.Of(archiveText).LineNumber(shownStart) + 1;
        var shown = Collapse(original.Substring(shownStart, shownEnd - shownStart));
        var differences = changes.Count == 0
            ? "differs only in punctuation or spacing"
            : string.Join("; ", changes.Take(MaxChangesShown).Select(c => c.Describe())) + (changes.Count > MaxChangesShown ? $"; and {changes.Count - MaxChangesShown} more differences" : string.Empty);
        var message = $"The quote is not in {where}: it {differences}. The closest passage (line {line}) reads \u201C{shown}\u201D; quote the source's exact words.";

        var span = quote.Span;
        var first = changes.FirstOrDefault(c => c.QuoteLength > 0);
        if (singleSegment && first != null)
        {
            span = ScalarContent.SpanOf(quote, doc.Text, first.QuoteStart, first.QuoteLength);
        }

        var related = ImmutableArray.Create(new RelatedLocation(new SourceLocation(archivePath, archiveText, TextSpan.FromBounds(shownStart, shownEnd)), "the closest passage of the archived source"));
        var fixes = singleSegment
            ? ImmutableArray.Create(new CodeFix("Replace the quote with the archive's words", FixApplicability.Unsafe, ImmutableArray.Create(ScalarEdits.ReplaceValue(doc, quote, shown)), "FL2003.replace-quote") { IsPreferred = true })
            : ImmutableArray<CodeFix>.Empty;
        return new Finding(span, message, related, fixes);
    }

    /// <summary>The span widened by about <paramref name="extra"/> characters each side, ending on whole words.</summary>
    private static (int Start, int End) Widen(string text, int start, int end, int extra)
    {
        var s = Math.Max(0, start - extra);
        while (s > 0 && s < start && !char.IsWhiteSpace(text[s - 1]))
        {
            s++;
        }

        var e = Math.Min(text.Length, end + extra);
        while (e < text.Length && e > end && !char.IsWhiteSpace(text[e]))
        {
            e--;
        }

        return (s, e);
    }

    /// <summary>The passage on one line: line breaks of the article are not the writer's words.</summary>
    private static string Collapse(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
