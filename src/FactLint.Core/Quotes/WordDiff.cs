using System;
using System.Collections.Generic;

namespace FactLint.Quotes;

/// <summary>
/// A word-level diff (longest common subsequence over folded words), so a misquote is explained
/// the way an editor would: which words were changed, which were added, which were left out.
/// Words the quote and the passage share at the start and end are matched first, so a long quote
/// with one changed word costs nothing quadratic; what is left in the middle is diffed word by word
/// up to <see cref="MaxWords"/> words, and beyond that reported as one changed stretch — never as
/// "no difference".
/// </summary>
public static class WordDiff
{
    /// <summary>Beyond this many differing words on either side the middle is one change (the LCS is quadratic).</summary>
    private const int MaxWords = 600;

    public static IReadOnlyList<WordChange> Compare(string quote, string archive) => CompareWithin(quote, archive, trimArchiveEnds: false).Changes;

    /// <summary>
    /// Diffs <paramref name="quote"/> against <paramref name="archive"/>; with
    /// <paramref name="trimArchiveEnds"/> the archive is a window around the passage, and its words
    /// before the quote's first and after its last are context, not differences.
    /// </summary>
    public static WordDiffResult CompareWithin(string quote, string archive, bool trimArchiveEnds)
    {
        var a = Words(quote);
        var b = Words(archive);
        if (trimArchiveEnds && a.Count > 0 && b.Count > 0)
        {
            // The window's words before the quote's first word and after its last are context.
            var slack = Math.Max(0, b.Count - a.Count) + 8;
            var lead = 0;
            for (var j = 0; j < b.Count && j <= slack; j++)
            {
                if (b[j].Key == a[0].Key)
                {
                    lead = j;
                    break;
                }
            }

            var trail = b.Count;
            for (var j = b.Count - 1; j > lead && j >= b.Count - 1 - slack; j--)
            {
                if (b[j].Key == a[a.Count - 1].Key)
                {
                    trail = j + 1;
                    break;
                }
            }

            b = b.GetRange(lead, trail - lead);
        }

        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix].Key == b[prefix].Key)
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix].Key == b[b.Count - 1 - suffix].Key)
        {
            suffix++;
        }

        var steps = Align(a, prefix, a.Count - suffix, b, prefix, b.Count - suffix);
        var runs = new List<(int X0, int X1, int Y0, int Y1)>();
        int x = prefix, y = prefix;
        var i = 0;
        while (i < steps.Count)
        {
            if (steps[i] == Step.Match)
            {
                x++;
                y++;
                i++;
                continue;
            }

            int x0 = x, y0 = y;
            while (i < steps.Count && steps[i] != Step.Match)
            {
                if (steps[i] == Step.QuoteOnly)
                {
                    x++;
                }
                else
                {
                    y++;
                }

                i++;
            }

            runs.Add((x0, x, y0, y));
        }

        var archiveFirst = 0;
        var archiveLast = b.Count;
        if (trimArchiveEnds && runs.Count > 0)
        {
            // Context before the quote: the archive's words before its first matched word.
            var first = runs[0];
            if (first.X0 == 0 && first.Y0 == 0)
            {
                var keep = Math.Min(first.Y1 - first.Y0, first.X1 - first.X0);
                archiveFirst = first.Y1 - keep;
                runs[0] = (first.X0, first.X1, archiveFirst, first.Y1);
            }

            var last = runs[runs.Count - 1];
            if (last.X1 == a.Count && last.Y1 == b.Count)
            {
                var keep = Math.Min(last.Y1 - last.Y0, last.X1 - last.X0);
                archiveLast = last.Y0 + keep;
                runs[runs.Count - 1] = (last.X0, last.X1, last.Y0, archiveLast);
            }
        }

        var changes = new List<WordChange>();
        foreach (var (x0, x1, y0, y1) in runs)
        {
            if (x0 == x1 && y0 == y1)
            {
                continue;
            }

            var quoteStart = x0 < a.Count ? a[x0].Start : quote.Length;
            var quoteEnd = x1 > x0 ? a[x1 - 1].Start + a[x1 - 1].Text.Length : quoteStart;
            changes.Add(new WordChange(Join(a, x0, x1), Join(b, y0, y1), quoteStart, quoteEnd - quoteStart));
        }

        var archiveStart = archiveFirst < b.Count ? b[archiveFirst].Start : archive.Length;
        var archiveEnd = archiveLast > archiveFirst ? b[archiveLast - 1].Start + b[archiveLast - 1].Text.Length : archiveStart;
        return new WordDiffResult(changes, archiveStart, archiveEnd);
    }

    private enum Step : byte
    {
        Match,
        QuoteOnly,
        ArchiveOnly,
    }

    /// <summary>The edit script between a[ax..ay) and b[bx..by): LCS where it fits, one replacement beyond.</summary>
    private static List<Step> Align(List<Word> a, int aFrom, int aTo, List<Word> b, int bFrom, int bTo)
    {
        var n = aTo - aFrom;
        var m = bTo - bFrom;
        var steps = new List<Step>(n + m);
        if (n > MaxWords || m > MaxWords)
        {
            for (var k = 0; k < n; k++)
            {
                steps.Add(Step.QuoteOnly);
            }

            for (var k = 0; k < m; k++)
            {
                steps.Add(Step.ArchiveOnly);
            }

            return steps;
        }

        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[aFrom + i].Key == b[bFrom + j].Key ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[aFrom + x].Key == b[bFrom + y].Key)
            {
                steps.Add(Step.Match);
                x++;
                y++;
            }
            else if (y >= m || (x < n && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                steps.Add(Step.QuoteOnly);
                x++;
            }
            else
            {
                steps.Add(Step.ArchiveOnly);
                y++;
            }
        }

        return steps;
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
