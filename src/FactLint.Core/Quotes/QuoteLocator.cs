using System;
using System.Collections.Generic;

namespace FactLint.Quotes;

/// <summary>
/// Finds a quote in an archived article. Exact search is on folded text (case, spaces, quotes,
/// dashes); a quote with ellipses ("…", "...", "[...]") must have each part in order. When a part
/// is missing, the closest passage is found by q-gram voting along diagonals (to pick a few
/// candidate windows among a megabyte of text) followed by a semi-global edit-distance alignment
/// inside each window — linear in the archive, quadratic only in the quote.
/// </summary>
public static class QuoteLocator
{
    /// <summary>Below this similarity a passage is not shown: it would mislead more than help.</summary>
    public const double MinSimilarity = 0.6;

    /// <summary>Quotes longer than this are not aligned (the alignment is quadratic in the quote).</summary>
    private const int MaxAlignedQuote = 4000;

    private const int Candidates = 4;

    public static QuoteSearch Find(FoldedText archive, string quote)
    {
        var segments = Segments(FoldedText.Fold(quote).Text);
        var from = 0;
        foreach (var segment in segments)
        {
            var at = IndexOfWhole(archive.Text, segment, from);
            if (at < 0)
            {
                return QuoteSearch.Miss(segment, Closest(archive, segment));
            }

            from = at + segment.Length;
        }

        return QuoteSearch.Hit();
    }

    /// <summary>
    /// The first occurrence of <paramref name="segment"/> at or after <paramref name="from"/> that
    /// starts and ends at word boundaries: "9 prisoners were killed" is not in "29 prisoners were
    /// killed", nor "kill" in "killed". A segment that starts or ends with punctuation may touch a
    /// word there, as the punctuation is the boundary.
    /// </summary>
    public static int IndexOfWhole(string text, string segment, int from)
    {
        if (segment.Length == 0)
        {
            return from <= text.Length ? from : -1;
        }

        var checkStart = char.IsLetterOrDigit(segment[0]);
        var checkEnd = char.IsLetterOrDigit(segment[segment.Length - 1]);
        for (var at = text.IndexOf(segment, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(segment, at + 1, StringComparison.Ordinal))
        {
            var end = at + segment.Length;
            if ((!checkStart || at == 0 || !IsWordChar(text[at - 1])) && (!checkEnd || end == text.Length || !IsWordChar(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The parts of a folded quote between ellipses (an elision is the writer's, not the source's).</summary>
    public static List<string> Segments(string folded)
    {
        var parts = new List<string>();
        foreach (var raw in folded.Replace("[...]", "\u0001").Replace("(...)", "\u0001").Replace("...", "\u0001").Split('\u0001'))
        {
            var p = raw.Trim(' ');
            if (p.Length > 0)
            {
                parts.Add(p);
            }
        }

        return parts;
    }

    /// <summary>The passage of the archive closest to a folded text, or null when nothing is similar enough.</summary>
    public static Passage? Closest(FoldedText archive, string segment)
    {
        var m = segment.Length;
        var text = archive.Text;
        if (m > MaxAlignedQuote)
        {
            return Anchored(archive, segment);
        }

        if (m < 3 || text.Length == 0)
        {
            return null;
        }

        (int Start, int End, int Distance)? best = null;
        foreach (var (start, end) in CandidateWindows(text, segment))
        {
            var p = Align(text, segment, start, end);
            if (p != null && (best == null || p.Value.Distance < best.Value.Distance))
            {
                best = p;
            }
        }

        if (best is not { } b || 1.0 - ((double)b.Distance / m) < MinSimilarity)
        {
            return null;
        }

        // Only the winner is mapped back to the original text (one pass over the archive).
        var (originalStart, originalEnd) = archive.OriginalRange(b.Start, b.End);
        return new Passage(b.Start, b.End, originalStart, originalEnd, archive.Original.Substring(originalStart, originalEnd - originalStart), b.Distance, 1.0 - ((double)b.Distance / m));
    }

    /// <summary>
    /// For a quote too long to align: the passage between where its opening words and its closing
    /// words occur, when both do, in order, and the stretch is about as long as the quote. The word
    /// diff then says what changed inside.
    /// </summary>
    private static Passage? Anchored(FoldedText archive, string segment)
    {
        const int AnchorLength = 80;
        var head = segment.Substring(0, AnchorLength);
        head = head.Substring(0, Math.Max(1, head.LastIndexOf(' ') is var h && h > 20 ? h : head.Length));
        var tail = segment.Substring(segment.Length - AnchorLength);
        tail = tail.Substring(tail.IndexOf(' ') is var t && t >= 0 && t < AnchorLength - 20 ? t + 1 : 0);
        var start = IndexOfWhole(archive.Text, head, 0);
        var tailAt = start < 0 ? -1 : IndexOfWhole(archive.Text, tail, start + head.Length);
        if (tailAt < 0)
        {
            return null;
        }

        var end = tailAt + tail.Length;
        var length = end - start;
        var similarity = 1.0 - ((double)Math.Abs(length - segment.Length) / segment.Length);
        if (similarity < MinSimilarity || length > 2 * segment.Length)
        {
            return null;
        }

        var (originalStart, originalEnd) = archive.OriginalRange(start, end);
        return new Passage(start, end, originalStart, originalEnd, archive.Original.Substring(originalStart, originalEnd - originalStart), Math.Abs(length - segment.Length), similarity);
    }

    private static IEnumerable<(int Start, int End)> CandidateWindows(string text, string segment)
    {
        var m = segment.Length;
        if (text.Length <= 3 * m + 64)
        {
            yield return (0, text.Length);
            yield break;
        }

        var q = m >= 16 ? 4 : 3;
        var grams = new Dictionary<ulong, List<int>>();
        var filter = new ulong[1024]; // a 65,536-bit filter of the quote's q-grams: most archive positions are rejected without hashing into the dictionary
        ulong key = 0;
        var mask = q == 4 ? ulong.MaxValue : (1UL << 48) - 1;
        for (var i = 0; i < m; i++)
        {
            key = ((key << 16) | segment[i]) & mask;
            if (i >= q - 1)
            {
                if (!grams.TryGetValue(key, out var list))
                {
                    list = new List<int>(1);
                    grams[key] = list;
                }

                list.Add(i - q + 1);
                var h = Bucket(key);
                filter[h >> 6] |= 1UL << (h & 63);
            }
        }

        // Votes per diagonal band: a passage that shares many q-grams with the quote at a consistent offset.
        // An array over the bands, not a dictionary: a common q-gram ("the ") votes thousands of times per
        // quote, and a misquote-heavy corpus spent most of its time hashing and sorting votes (10,000 quotes
        // against 200 archives of ~100 KB: 17 s in this method alone).
        var band = Math.Max(8, m / 4);
        var offset = (m / band) + 2; // diagonals run from about -m/band (C# division truncates towards zero) to text.Length/band
        var votes = new int[(text.Length / band) + offset + 2];
        var voted = new List<int>();
        key = 0;
        for (var i = 0; i < text.Length; i++)
        {
            key = ((key << 16) | text[i]) & mask;
            if (i < q - 1)
            {
                continue;
            }

            var b = Bucket(key);
            if ((filter[b >> 6] & (1UL << (b & 63))) == 0 || !grams.TryGetValue(key, out var positions))
            {
                continue;
            }

            var at = i - q + 1;
            foreach (var p in positions)
            {
                var slot = ((at - p) / band) + offset;
                if (votes[slot]++ == 0)
                {
                    voted.Add(slot);
                }
            }
        }

        // The bands with votes, best neighbourhood score first (ties: the earlier band), each taken unless
        // next to one already taken, until there are enough candidates.
        var taken = new List<int>();
        var considered = new bool[voted.Count];
        while (taken.Count < Candidates)
        {
            var best = -1;
            var bestScore = -1;
            for (var k = 0; k < voted.Count; k++)
            {
                if (considered[k])
                {
                    continue;
                }

                var score = Score(voted[k]);
                if (score > bestScore || (score == bestScore && voted[k] < voted[best]))
                {
                    best = k;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                break;
            }

            considered[best] = true;
            var slot = voted[best];
            if (taken.Exists(t => Math.Abs(t - slot) <= 1))
            {
                continue;
            }

            taken.Add(slot);
            var diagonal = slot - offset;
            var start = Math.Max(0, (diagonal - 1) * band - m / 2);
            var end = Math.Min(text.Length, (diagonal + 2) * band + m + m / 2);
            yield return (start, end);
        }

        int Score(int slot) => votes[slot - 1] + votes[slot] + (slot + 1 < votes.Length ? votes[slot + 1] : 0);
    }

    private static int Bucket(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 48);

    /// <summary>Semi-global alignment: the whole quote against any substring of the window, with the substring's start tracked.</summary>
    private static (int Start, int End, int Distance)? Align(string text, string quote, int windowStart, int windowEnd)
    {
        var w = windowEnd - windowStart;
        var m = quote.Length;
        var prev = new int[w + 1];
        var cur = new int[w + 1];
        var prevStart = new int[w + 1];
        var curStart = new int[w + 1];
        for (var j = 0; j <= w; j++)
        {
            prevStart[j] = j;
        }

        for (var i = 1; i <= m; i++)
        {
            cur[0] = i;
            curStart[0] = 0;
            var qc = quote[i - 1];
            for (var j = 1; j <= w; j++)
            {
                var diag = prev[j - 1] + (qc == text[windowStart + j - 1] ? 0 : 1);
                var up = prev[j] + 1;
                var left = cur[j - 1] + 1;
                if (diag <= up && diag <= left)
                {
                    cur[j] = diag;
                    curStart[j] = prevStart[j - 1];
                }
                else if (up <= left)
                {
                    cur[j] = up;
                    curStart[j] = prevStart[j];
                }
                else
                {
                    cur[j] = left;
                    curStart[j] = curStart[j - 1];
                }
            }

            (prev, cur) = (cur, prev);
            (prevStart, curStart) = (curStart, prevStart);
        }

        var bestEnd = 0;
        for (var j = 1; j <= w; j++)
        {
            if (prev[j] < prev[bestEnd])
            {
                bestEnd = j;
            }
        }

        var start = windowStart + prevStart[bestEnd];
        var end = windowStart + bestEnd;
        if (end <= start)
        {
            return null;
        }

        // Whole words: a passage cut mid-word is neither readable nor a good replacement.
        while (start > 0 && IsWordChar(text[start - 1]) && IsWordChar(text[start]))
        {
            start--;
        }

        while (end < text.Length && IsWordChar(text[end - 1]) && IsWordChar(text[end]))
        {
            end++;
        }

        return (start, end, prev[bestEnd]);
    }

    /// <summary>Letters, digits, combining marks and the apostrophe inside a word (which folding keeps) continue a word.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\'' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
