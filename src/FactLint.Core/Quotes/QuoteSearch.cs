using System;
using System.Collections.Generic;

namespace FactLint.Quotes;

/// <summary>The outcome of looking for a quote in an archive.</summary>
public sealed class QuoteSearch
{
    private QuoteSearch(bool found, Passage? closest, string? missingSegment)
    {
        Found = found;
        Closest = closest;
        MissingSegment = missingSegment;
    }

    /// <summary>True when every part of the quote (between ellipses) is in the archive, in order.</summary>
    public bool Found { get; }

    /// <summary>When not found: the archive passage most like the missing part, if any is close enough to be worth showing.</summary>
    public Passage? Closest { get; }

    /// <summary>When not found: the part of the quote (folded) that is not in the archive.</summary>
    public string? MissingSegment { get; }

    internal static QuoteSearch Hit() => new(true, null, null);

    internal static QuoteSearch Miss(string segment, Passage? closest) => new(false, closest, segment);

    /// <summary>A search as a cache kept it (<see cref="IQuoteSearchCache"/>): found, or the missing part and the closest passage.</summary>
    public static QuoteSearch Restore(bool found, string? missingSegment, Passage? closest) =>
        found ? Hit() : Miss(missingSegment ?? throw new ArgumentNullException(nameof(missingSegment)), closest);
}

/// <summary>A passage of an archive: its span in the folded and in the original text, and how far the quote is from it.</summary>
public sealed record Passage(int FoldedStart, int FoldedEnd, int OriginalStart, int OriginalEnd, string Text, int EditDistance, double Similarity);
