using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Quotes;

/// <summary>
/// Text folded for verbatim comparison — case, white space runs, typographic quotes and
/// apostrophes, dashes, ellipses — with a map from every folded character back to the original,
/// so that a match in folded text is a span of the original. Positions are found by folding again
/// up to the one asked for, rather than kept in a map (four bytes a character): most quotes are
/// found and need no position, and a miss needs two.
/// </summary>
public sealed class FoldedText
{
    /// <summary>ASCII folded by table: lower case, and 0 for white space.</summary>
    private static readonly char[] AsciiFold = BuildAsciiTable();

    private FoldedText(string original, string text)
    {
        Original = original;
        Text = text;
    }

    public string Original { get; }

    public string Text { get; }

    public static FoldedText Fold(string original) => new(original, Run(original, null, null));

    public static char FoldChar(char c) => c < 128 ? AsciiFold[c] : c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The original offset of a folded position.</summary>
    public int OriginalStart(int foldedIndex)
    {
        var sources = new int[1];
        Run(Original, new[] { foldedIndex }, sources);
        return sources[0];
    }

    /// <summary>The original text behind a folded range.</summary>
    public string OriginalSlice(int foldedStart, int foldedEnd)
    {
        var (start, end) = OriginalRange(foldedStart, foldedEnd);
        return Original.Substring(start, end - start);
    }

    /// <summary>The original span of a folded range, found in one pass (start: the first folded character's source; end: past the last one's).</summary>
    public (int Start, int End) OriginalRange(int foldedStart, int foldedEnd) => OriginalRanges(new[] { (foldedStart, foldedEnd) })[0];

    /// <summary>The original spans of several folded ranges, all found in one pass over the archive.</summary>
    public (int Start, int End)[] OriginalRanges(IReadOnlyList<(int Start, int End)> folded)
    {
        var wanted = new List<int>(folded.Count * 2);
        foreach (var (start, end) in folded)
        {
            wanted.Add(start);
            if (end > start)
            {
                wanted.Add(end - 1);
            }
        }

        var targets = wanted.Where(t => t >= 0).Distinct().OrderBy(t => t).ToArray();
        var sources = new int[targets.Length];
        Run(Original, targets, sources);
        int SourceOf(int index)
        {
            var at = Array.BinarySearch(targets, index);
            return at >= 0 ? sources[at] : Original.Length;
        }

        var ranges = new (int Start, int End)[folded.Count];
        for (var k = 0; k < folded.Count; k++)
        {
            var (start, end) = folded[k];
            if (end <= start)
            {
                var at = SourceOf(start);
                ranges[k] = (at, at);
                continue;
            }

            var last = SourceOf(end - 1);
            var after = last + 1;
            if (after < Original.Length && char.IsLowSurrogate(Original[after]) && char.IsHighSurrogate(Original[last]))
            {
                after++;
            }

            ranges[k] = (SourceOf(start), after);
        }

        return ranges;
    }

    /// <summary>
    /// Folds <paramref name="original"/> and returns the folded text; or, given <paramref name="targets"/>
    /// (folded indexes in ascending order), records in <paramref name="sources"/> the original offset each
    /// came from, stops once the last is reached, and returns nothing. An index past the folded text's end
    /// gets the original's length.
    /// </summary>
    private static string Run(string original, int[]? targets, int[]? sources)
    {
        var t = 0;
        if (sources != null)
        {
            sources.AsSpan().Fill(original.Length);
        }

        if (targets != null && targets.Length == 0)
        {
            return string.Empty;
        }

        var buffer = targets == null ? new char[original.Length + 16] : null;
        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            char f;
            var repeat = 1;
            if (c < 128)
            {
                f = AsciiFold[c];
                if (f == '\0')
                {
                    pendingSpace = n > 0;
                    continue;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }
            else if (c is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue; // soft hyphen, zero-width space, stray BOM: invisible in the article
            }
            else if (c == '\u2026')
            {
                f = '.';
                repeat = 3;
            }
            else
            {
                f = FoldChar(c);
            }

            if (pendingSpace)
            {
                if (targets != null && Reached(targets, sources!, ref t, n, i))
                {
                    return string.Empty;
                }

                if (buffer != null)
                {
                    if (n == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    buffer[n] = ' ';
                }

                n++;
                pendingSpace = false;
            }

            for (var r = 0; r < repeat; r++)
            {
                if (targets != null && Reached(targets, sources!, ref t, n, i))
                {
                    return string.Empty;
                }

                if (buffer != null)
                {
                    if (n == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    buffer[n] = f;
                }

                n++;
            }
        }

        return buffer == null ? string.Empty : new string(buffer, 0, n);
    }

    /// <summary>Records <paramref name="source"/> for every target equal to folded index <paramref name="n"/>; true once all are recorded.</summary>
    private static bool Reached(int[] targets, int[] sources, ref int t, int n, int source)
    {
        while (t < targets.Length && targets[t] == n)
        {
            sources[t++] = source;
        }

        return t == targets.Length;
    }

    private static char[] BuildAsciiTable()
    {
        var table = new char[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            table[c] = ch == '`' ? '\'' : char.IsWhiteSpace(ch) ? '\0' : char.ToLowerInvariant(ch);
        }

        table[0] = '\0';
        return table;
    }
}
