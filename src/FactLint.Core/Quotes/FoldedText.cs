using System;

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

    private Microsoft.CodeAnalysis.Text.SourceText? _source;

    /// <summary>
    /// The original as one SourceText, shared by every finding on this archive: each finding made
    /// its own, and with it its own table of line starts (a corpus of 100,000 misquoted claims
    /// peaked at 1.8 GB).
    /// </summary>
    public Microsoft.CodeAnalysis.Text.SourceText Source => _source ??= Microsoft.CodeAnalysis.Text.SourceText.From(Original);

    public static FoldedText Fold(string original) => new(original, Run(original, -1, out _, -1, out _));

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
        Run(Original, foldedIndex, out var source, -1, out _);
        return source;
    }

    /// <summary>The original text behind a folded range.</summary>
    public string OriginalSlice(int foldedStart, int foldedEnd)
    {
        var (start, end) = OriginalRange(foldedStart, foldedEnd);
        return Original.Substring(start, end - start);
    }

    /// <summary>The original span of a folded range, found in one pass (start: the first folded character's source; end: past the last one's).</summary>
    public (int Start, int End) OriginalRange(int foldedStart, int foldedEnd)
    {
        if (foldedEnd <= foldedStart)
        {
            var at = OriginalStart(foldedStart);
            return (at, at);
        }

        Run(Original, foldedEnd - 1, out var last, foldedStart, out var first);
        var end = last + 1;
        if (end < Original.Length && char.IsLowSurrogate(Original[end]) && char.IsHighSurrogate(Original[last]))
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>
    /// Folds <paramref name="original"/>. With <paramref name="stopAt"/> ≥ 0, stops once the folded
    /// text reaches that index and returns the original offset it came from in <paramref name="source"/>.
    /// </summary>
    /// <param name="markAt">A folded index passed on the way, whose source is returned in <paramref name="marked"/>.</param>
    private static string Run(string original, int stopAt, out int source, int markAt, out int marked)
    {
        source = original.Length;
        marked = original.Length;
        var buffer = stopAt < 0 ? new char[original.Length + 16] : null;
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
                if (n == markAt)
                {
                    marked = i;
                }

                if (n == stopAt)
                {
                    source = i;
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
                if (n == markAt)
                {
                    marked = i;
                }

                if (n == stopAt)
                {
                    source = i;
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
