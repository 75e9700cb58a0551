using System;
using System.Collections.Generic;

namespace FactLint.Quotes;

/// <summary>One difference between a quote and the archive's passage, in words.</summary>
/// <param name="QuoteText">The quote's words here (empty when the quote leaves words out).</param>
/// <param name="ArchiveText">The archive's words here (empty when the quote adds words).</param>
/// <param name="QuoteStart">Offset of the quote's words in the quote (or where the missing words belong).</param>
public sealed record WordChange(string QuoteText, string ArchiveText, int QuoteStart, int QuoteLength)
{
    /// <summary>How a reader is told: "has “killed” where the archive has “died”".</summary>
    public string Describe() =>
        QuoteText.Length == 0 ? $"leaves out \u201C{ArchiveText}\u201D"
        : ArchiveText.Length == 0 ? $"adds \u201C{QuoteText}\u201D"
        : $"has \u201C{QuoteText}\u201D where the archive has \u201C{ArchiveText}\u201D";
}

/// <summary>
/// A word-level diff (longest common subsequence over folded words), so a misquote is explained
/// the way an editor would: which words changed, which were added or left out.
/// </summary>
public static class WordDiff
{
    /// <summary>Beyond this many words on either side the diff is not attempted (it is quadratic).</summary>
    private const int MaxWords = 600;

    public static IReadOnlyList<WordChange> Compare(string quote, string archive)
    {
        var a = Words(quote);
        var b = Words(archive);
        if (a.Count > MaxWords || b.Count > MaxWords)
        {
            return Array.Empty<WordChange>();
        }

        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i].Key == b[j].Key ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var changes = new List<WordChange>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x].Key == b[y].Key)
            {
                x++;
                y++;
                continue;
            }

            var x0 = x;
            var y0 = y;
            while ((x < a.Count || y < b.Count) && !(x < a.Count && y < b.Count && a[x].Key == b[y].Key))
            {
                if (y >= b.Count || (x < a.Count && lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    x++;
                }
                else
                {
                    y++;
                }
            }

            var quoteStart = x0 < a.Count ? a[x0].Start : quote.Length;
            var quoteEnd = x > x0 ? a[x - 1].Start + a[x - 1].Text.Length : quoteStart;
            changes.Add(new WordChange(Join(a, x0, x), Join(b, y0, y), quoteStart, quoteEnd - quoteStart));
        }

        return changes;
    }

    private static string Join(List<Word> words, int from, int to)
    {
        var parts = new string[to - from];
        for (var i = from; i < to; i++)
        {
            parts[i - from] = words[i].Text;
        }

        return string.Join(" ", parts);
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                var w = text.Substring(start, i - start);
                words.Add(new Word(w, FoldedText.Fold(w).Text, start));
            }
        }

        return words;
    }

    private readonly record struct Word(string Text, string Key, int Start);
}
