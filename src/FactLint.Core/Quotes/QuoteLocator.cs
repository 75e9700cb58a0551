using System;
using System.Collections.Generic;
using System.Linq;

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

    public static QuoteSearch Find(FoldedText archive, string quote) => FindAll(archive, new[] { quote })[0];

    /// <summary>
    /// Every quote of one archive: the exact searches one by one, then the closest passages of all the
    /// misses together, so that the archive is scanned once for all of them rather than once per miss.
    /// </summary>
    public static QuoteSearch[] FindAll(FoldedText archive, IReadOnlyList<string> quotes)
    {
        var results = new QuoteSearch[quotes.Count];
        var missed = new List<(int Quote, string Segment)>();
        for (var q = 0; q < quotes.Count; q++)
        {
            var from = 0;
            string? missing = null;
            foreach (var segment in Segments(FoldedText.Fold(quotes[q]).Text))
            {
                var at = IndexOfWhole(archive.Text, segment, from);
                if (at < 0)
                {
                    missing = segment;
                    break;
                }

                from = at + segment.Length;
            }

            if (missing == null)
            {
                results[q] = QuoteSearch.Hit();
            }
            else
            {
                missed.Add((q, missing));
            }
        }

        var closest = ClosestAll(archive, missed.ConvertAll(m => m.Segment));
        for (var k = 0; k < missed.Count; k++)
        {
            results[missed[k].Quote] = QuoteSearch.Miss(missed[k].Segment, closest[k]);
        }

        return results;
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

    /// <summary>The closest passage for each of several folded texts, their candidate windows voted in one scan of the archive.</summary>
    public static Passage?[] ClosestAll(FoldedText archive, IReadOnlyList<string> segments)
    {
        var text = archive.Text;
        var passages = new Passage?[segments.Count];
        var aligned = new (int Start, int End, int Distance)?[segments.Count];
        var voting = new List<int>();
        for (var k = 0; k < segments.Count; k++)
        {
            var m = segments[k].Length;
            if (m > MaxAlignedQuote)
            {
                passages[k] = Anchored(archive, segments[k]);
            }
            else if (m < 3 || text.Length == 0)
            {
                continue; // too short for any passage to be worth showing
            }
            else if (text.Length > 3 * m + 64)
            {
                voting.Add(k);
            }
            else
            {
                aligned[k] = Best(text, segments[k], new[] { (0, text.Length) });
            }
        }

        // The votes of many segments at once cost memory (an array over the archive's bands each): a batch at a time.
        for (var first = 0; first < voting.Count; first += VotingBatch)
        {
            var batch = voting.GetRange(first, Math.Min(VotingBatch, voting.Count - first));
            var windows = CandidateWindows(text, batch.ConvertAll(k => segments[k]));
            for (var b = 0; b < batch.Count; b++)
            {
                aligned[batch[b]] = Best(text, segments[batch[b]], windows[b]);
            }
        }

        // Only the winners are mapped back to the original text, all in one pass over the archive.
        var winners = Enumerable.Range(0, segments.Count).Where(k => aligned[k] != null).ToList();
        var originals = archive.OriginalRanges(winners.ConvertAll(k => (aligned[k]!.Value.Start, aligned[k]!.Value.End)));
        for (var w = 0; w < winners.Count; w++)
        {
            var k = winners[w];
            var (start, end, distance) = aligned[k]!.Value;
            var (originalStart, originalEnd) = originals[w];
            var m = segments[k].Length;
            passages[k] = new Passage(start, end, originalStart, originalEnd, archive.Original.Substring(originalStart, originalEnd - originalStart), distance, 1.0 - ((double)distance / m));
        }

        return passages;
    }

    /// <summary>Segments voted in one scan of an archive.</summary>
    private const int VotingBatch = 64;

    /// <summary>
    /// The best alignment of a segment over its candidate windows, or null when none is similar
    /// enough to show: what <see cref="BestByFullAlignment"/> finds, at a fraction of the cost. The
    /// windows are compared by their distances alone (<see cref="SemiGlobalDistance"/>); only the
    /// first with the least is aligned cell by cell to find where its passage starts, and only over
    /// the stretch such a passage can span (no more than the segment's length plus the distance
    /// before its end). Every alignment of that cost ending there starts inside that stretch, so the
    /// table there makes the same choices as over the whole window (tests compare the two).
    /// </summary>
    private static (int Start, int End, int Distance)? Best(string text, string segment, IReadOnlyList<(int Start, int End)> windows)
    {
        var m = segment.Length;
        var distances = new SemiGlobalDistance(segment);
        var bestWindow = -1;
        var bestEnd = 0;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < windows.Count; k++)
        {
            var (end, distance) = distances.Best(text, windows[k].Start, windows[k].End);
            if (end > 0 && distance < bestDistance)
            {
                (bestWindow, bestEnd, bestDistance) = (k, end, distance);
            }
        }

        if (bestWindow < 0 || !(1.0 - ((double)bestDistance / m) >= MinSimilarity))
        {
            return null;
        }

        var windowStart = windows[bestWindow].Start;
        var passageEnd = windowStart + bestEnd;
        var aligned = Align(text, segment, Math.Max(windowStart, passageEnd - m - bestDistance), passageEnd);
        return aligned is { } a && a.Distance == bestDistance ? a : BestByFullAlignment(text, segment, windows);
    }

    /// <summary>Every window aligned cell by cell, the first with the least distance kept: the reference <see cref="Best"/> must equal.</summary>
    internal static (int Start, int End, int Distance)? BestByFullAlignment(string text, string segment, IReadOnlyList<(int Start, int End)> windows)
    {
        var m = segment.Length;
        (int Start, int End, int Distance)? best = null;
        foreach (var (start, end) in windows)
        {
            var p = Align(text, segment, start, end);
            if (p != null && (best == null || p.Value.Distance < best.Value.Distance))
            {
                best = p;
            }
        }

        return best is { } b && 1.0 - ((double)b.Distance / m) >= MinSimilarity ? best : null;
    }

    /// <summary>What <see cref="Best"/> finds for a segment over given windows (for tests: it must equal <see cref="BestByFullAlignment"/>).</summary>
    internal static (int Start, int End, int Distance)? BestOver(string text, string segment, IReadOnlyList<(int Start, int End)> windows) => Best(text, segment, windows);

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

    /// <summary>
    /// Up to <see cref="Candidates"/> windows per segment where a passage shares many q-grams with it at a
    /// consistent offset. One scan of the archive per q-gram length serves every segment; each segment's
    /// votes are exactly those a scan of its own would count.
    /// </summary>
    private static List<(int Start, int End)>[] CandidateWindows(string text, List<string> segments)
    {
        // Every segment's bands lie in one slab of this thread's, cleared for each batch: one array
        // per misquote, as long as its archive, was most of what a misquote-heavy run allocated.
        var votes = new Voting[segments.Count];
        var sizes = new int[segments.Count];
        var total = 0;
        for (var k = 0; k < segments.Count; k++)
        {
            var m = segments[k].Length;
            var band = Math.Max(8, m / 4);
            var offset = (m / band) + 2; // diagonals run from about -m/band (C# division truncates towards zero) to text.Length/band
            sizes[k] = (text.Length / band) + offset + 2;
            total += sizes[k];
        }

        // (A slab is kept for the thread's next batch only up to 16 MB, so a long-lived server holds no more after a huge archive.)
        var slab = _slab is { } kept && kept.Length >= total ? kept : new int[total];
        if (slab.Length <= MaxKeptSlab)
        {
            _slab = slab;
        }

        Array.Clear(slab, 0, total);
        var voted = _voted ??= new Stack<List<int>>();
        for (int k = 0, at = 0; k < segments.Count; at += sizes[k], k++)
        {
            var m = segments[k].Length;
            var band = Math.Max(8, m / 4);
            votes[k] = new Voting(band, (m / band) + 2, slab, at, sizes[k], voted.Count > 0 ? voted.Pop() : new List<int>());
        }

        try
        {
            return WindowsByVotes(text, segments, votes);
        }
        finally
        {
            foreach (var v in votes)
            {
                voted.Push(v.Release());
            }
        }
    }

    private const int MaxKeptSlab = 4 << 20;

    [ThreadStatic]
    private static int[]? _slab;

    [ThreadStatic]
    private static Stack<List<int>>? _voted;

    private static List<(int Start, int End)>[] WindowsByVotes(string text, List<string> segments, Voting[] votes)
    {
        foreach (var q in new[] { 3, 4 })
        {
            // Segments of 16 characters or more vote with 4-grams, shorter ones with 3-grams.
            var grams = new Dictionary<ulong, List<(int Segment, int Position)>>();
            var filter = new ulong[1024]; // a 65,536-bit filter of the segments' q-grams: most archive positions are rejected without hashing into the dictionary
            var mask = q == 4 ? ulong.MaxValue : (1UL << 48) - 1;
            for (var k = 0; k < segments.Count; k++)
            {
                var segment = segments[k];
                if ((segment.Length >= 16 ? 4 : 3) != q)
                {
                    continue;
                }

                ulong gram = 0;
                for (var i = 0; i < segment.Length; i++)
                {
                    gram = ((gram << 16) | segment[i]) & mask;
                    if (i >= q - 1)
                    {
                        if (!grams.TryGetValue(gram, out var list))
                        {
                            list = new List<(int, int)>(1);
                            grams[gram] = list;
                        }

                        list.Add((k, i - q + 1));
                        var h = Bucket(gram);
                        filter[h >> 6] |= 1UL << (h & 63);
                    }
                }
            }

            if (grams.Count == 0)
            {
                continue;
            }

            ulong key = 0;
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
#if NET
                // A span, not the list's enumerator: this loop casts every vote of the scan.
                foreach (var (k, p) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positions))
#else
                foreach (var (k, p) in positions)
#endif
                {
                    votes[k].Vote(at - p);
                }
            }
        }

        var windows = new List<(int Start, int End)>[segments.Count];
        for (var k = 0; k < segments.Count; k++)
        {
            windows[k] = votes[k].Windows(segments[k].Length, text.Length);
        }

        return windows;
    }

    /// <summary>One segment's votes per diagonal band, in its part of an array (a dictionary of bands cost most of a misquote-heavy run).</summary>
    private sealed class Voting
    {
        private readonly int _band;
        private readonly int _offset;
        private readonly int[] _votes;
        private readonly int _base;
        private readonly int _size;
        private readonly List<int> _voted;

        public Voting(int band, int offset, int[] votes, int at, int size, List<int> voted)
        {
            _band = band;
            _offset = offset;
            _votes = votes;
            _base = at;
            _size = size;
            _voted = voted;
        }

        // Inlined into the scan: the native build did not, and called it once per vote.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Vote(int diagonalOffset)
        {
            var slot = (diagonalOffset / _band) + _offset;
            if (_votes[_base + slot]++ == 0)
            {
                _voted.Add(slot);
            }
        }

        /// <summary>Its list of voted bands, emptied for the next batch.</summary>
        public List<int> Release()
        {
            _voted.Clear();
            return _voted;
        }

        /// <summary>
        /// The bands with votes, best neighbourhood score first (ties: the earlier band), each taken unless next to one
        /// already taken. Each band taken rules out at most its two neighbours, so the first three times
        /// <see cref="Candidates"/> bands in that order decide the outcome: one pass keeps them, no band list is sorted.
        /// </summary>
        public List<(int Start, int End)> Windows(int m, int textLength)
        {
            const int Pool = Candidates * 3;
            var slots = new int[Pool];
            var scores = new int[Pool];
            var count = 0;
            foreach (var slot in _voted)
            {
                var score = Score(slot);
                if (count == Pool && !Before(score, slot, scores[Pool - 1], slots[Pool - 1]))
                {
                    continue;
                }

                var at = count < Pool ? count++ : Pool - 1;
                while (at > 0 && Before(score, slot, scores[at - 1], slots[at - 1]))
                {
                    scores[at] = scores[at - 1];
                    slots[at] = slots[at - 1];
                    at--;
                }

                scores[at] = score;
                slots[at] = slot;
            }

            var windows = new List<(int Start, int End)>(Candidates);
            var taken = new List<int>(Candidates);
            for (var k = 0; k < count && taken.Count < Candidates; k++)
            {
                var slot = slots[k];
                if (taken.Exists(t => Math.Abs(t - slot) <= 1))
                {
                    continue;
                }

                taken.Add(slot);
                var diagonal = slot - _offset;
                windows.Add((Math.Max(0, (diagonal - 1) * _band - m / 2), Math.Min(textLength, (diagonal + 2) * _band + m + m / 2)));
            }

            return windows;
        }

        private static bool Before(int score, int slot, int otherScore, int otherSlot) => score > otherScore || (score == otherScore && slot < otherSlot);

        private int Score(int slot) => _votes[_base + slot - 1] + _votes[_base + slot] + (slot + 1 < _size ? _votes[_base + slot + 1] : 0);
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
