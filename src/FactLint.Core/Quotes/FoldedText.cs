using System;
using System.Text;

namespace FactLint.Quotes;

/// <summary>
/// Text folded for verbatim comparison — case, white space runs, typographic quotes and
/// apostrophes, dashes, ellipses — with a map from every folded character back to the original,
/// so that a match in folded text is a span of the original.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _map;

    private FoldedText(string original, string text, int[] map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    public string Original { get; }

    public string Text { get; }

    public static FoldedText Fold(string original)
    {
        var sb = new StringBuilder(original.Length);
        var map = new int[original.Length + 1];
        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF')
            {
                continue; // soft hyphen, zero-width space, stray BOM: invisible in the article
            }

            if (pendingSpace)
            {
                Append(' ', i);
                pendingSpace = false;
            }

            if (c == '\u2026')
            {
                Append('.', i);
                Append('.', i);
                Append('.', i);
                continue;
            }

            Append(FoldChar(c), i);
        }

        var mapArray = new int[n];
        Array.Copy(map, mapArray, n);
        return new FoldedText(original, sb.ToString(), mapArray);

        void Append(char ch, int source)
        {
            if (n == map.Length)
            {
                Array.Resize(ref map, map.Length * 2);
            }

            sb.Append(ch);
            map[n++] = source;
        }
    }

    public static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The original offset of a folded position.</summary>
    public int OriginalStart(int foldedIndex) => _map[foldedIndex];

    /// <summary>The original end (exclusive) of a folded range ending at <paramref name="foldedEnd"/> (exclusive).</summary>
    public int OriginalEnd(int foldedEnd)
    {
        if (foldedEnd <= 0)
        {
            return 0;
        }

        var last = _map[foldedEnd - 1];
        var end = last + 1;
        // A surrogate pair folds to two characters that map to two originals; never cut one in half.
        if (end < Original.Length && char.IsLowSurrogate(Original[end]) && char.IsHighSurrogate(Original[last]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The original text behind a folded range.</summary>
    public string OriginalSlice(int foldedStart, int foldedEnd)
    {
        var start = OriginalStart(foldedStart);
        return Original.Substring(start, OriginalEnd(foldedEnd) - start);
    }
}
