using System.Collections.Generic;

namespace FactLint.Quotes;

/// <summary>
/// The edit distance between a whole pattern and the best-matching stretch of a text window that
/// ends at each position of it: the last row of a semi-global alignment table, computed with
/// Myers' bit-vector algorithm in blocks of 64 pattern characters (Hyyrö's extension). That is
/// O(window × ⌈pattern / 64⌉) word operations instead of O(window × pattern) table cells, so the
/// candidate windows of a misquote can be compared before the one chosen is aligned cell by cell.
/// </summary>
internal sealed class SemiGlobalDistance
{
    private const int Ascii = 128;
    private readonly int _m;
    private readonly int _blocks;
    private readonly ulong _lastRow;

    // Per character, the pattern positions that hold it (bit i of block b: pattern[64 b + i]).
    private readonly ulong[] _ascii;
    private readonly Dictionary<char, ulong[]> _others = new();
    private readonly ulong[] _pv;
    private readonly ulong[] _mv;

    public SemiGlobalDistance(string pattern)
    {
        _m = pattern.Length;
        _blocks = (_m + 63) / 64;
        _lastRow = 1UL << ((_m - 1) % 64);
        _ascii = new ulong[Ascii * _blocks];
        _pv = new ulong[_blocks];
        _mv = new ulong[_blocks];
        for (var i = 0; i < _m; i++)
        {
            var c = pattern[i];
            var bit = 1UL << (i % 64);
            if (c < Ascii)
            {
                _ascii[(c * _blocks) + (i / 64)] |= bit;
            }
            else
            {
                if (!_others.TryGetValue(c, out var mask))
                {
                    _others[c] = mask = new ulong[_blocks];
                }

                mask[i / 64] |= bit;
            }
        }
    }

    /// <summary>
    /// The least distance of the pattern to a stretch of <paramref name="text"/> inside
    /// [<paramref name="start"/>, <paramref name="end"/>), and the leftmost end (relative to
    /// <paramref name="start"/>) where it is reached. End 0 means no stretch beats deleting the
    /// whole pattern (distance = pattern length).
    /// </summary>
    public (int End, int Distance) Best(string text, int start, int end)
    {
        var blocks = _blocks;
        var pv = _pv;
        var mv = _mv;
        for (var b = 0; b < blocks; b++)
        {
            pv[b] = ulong.MaxValue;
            mv[b] = 0;
        }

        var score = _m;
        var best = _m;
        var bestEnd = 0;
        for (var j = start; j < end; j++)
        {
            var c = text[j];
            ulong[]? other = null;
            var row = c < Ascii ? c * blocks : -1;
            if (row < 0 && !_others.TryGetValue(c, out other))
            {
                other = null;
            }

            // The horizontal difference entering each block at its top row: 0 for the first (the
            // alignment may start anywhere: the table's first row is all zeros).
            var hin = 0;
            for (var b = 0; b < blocks; b++)
            {
                var eq = row >= 0 ? _ascii[row + b] : other?[b] ?? 0;
                var pvb = pv[b];
                var mvb = mv[b];
                var xv = eq | mvb;
                var hinNegative = hin < 0 ? 1UL : 0UL;
                eq |= hinNegative;
                var xh = (((eq & pvb) + pvb) ^ pvb) | eq;
                var ph = mvb | ~(xh | pvb);
                var mh = pvb & xh;
                var bottom = b == blocks - 1 ? _lastRow : 1UL << 63;
                var hout = (ph & bottom) != 0 ? 1 : (mh & bottom) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                mh |= hinNegative;
                if (hin > 0)
                {
                    ph |= 1;
                }

                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }

            score += hin;
            if (score < best)
            {
                best = score;
                bestEnd = j - start + 1;
            }
        }

        return (bestEnd, best);
    }
}
