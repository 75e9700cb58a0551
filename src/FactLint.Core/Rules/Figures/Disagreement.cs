using System;
using System.Collections.Generic;
using FactLint.Claims;
using FactLint.Figures;

namespace FactLint.Rules.Figures;

/// <summary>
/// Counts, for each claim of a group, how many others it disagrees with — in O(k log k) for
/// intervals (those entirely below plus those entirely above, by binary search over sorted
/// bounds) and O(k) for discrete values, so a group of ten thousand claims costs nothing.
/// </summary>
internal static class Disagreement
{
    public static int[] Count(IReadOnlyList<ClaimEntry> entries)
    {
        var k = entries.Count;
        var counts = new int[k];
        if (k < 2)
        {
            return counts;
        }

        if (entries[0].Kind is ClaimValueKind.Quantity or ClaimValueKind.Date)
        {
            var highs = new double[k];
            var lows = new double[k];
            for (var i = 0; i < k; i++)
            {
                highs[i] = entries[i].Interval.High;
                lows[i] = entries[i].Interval.Low;
            }

            Array.Sort(highs);
            Array.Sort(lows);
            for (var i = 0; i < k; i++)
            {
                var iv = entries[i].Interval;
                // Those entirely below: high < my low; entirely above: low > my high (with the interval's own slack).
                var below = CountBelow(highs, new EntirelyBelow(iv));
                var above = k - CountBelow(lows, new NotEntirelyAbove(iv));
                counts[i] = below + above;
            }
        }
        else
        {
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in entries)
            {
                byKey.TryGetValue(e.ValueKey, out var n);
                byKey[e.ValueKey] = n + 1;
            }

            for (var i = 0; i < k; i++)
            {
                counts[i] = k - byKey[entries[i].ValueKey];
            }
        }

        return counts;
    }

    /// <summary>The number of leading elements of a sorted array for which a monotone predicate holds (a struct: two per claim, no closures).</summary>
    private static int CountBelow<TPredicate>(double[] sorted, TPredicate holds)
        where TPredicate : struct, IPredicate
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (holds.Holds(sorted[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private interface IPredicate
    {
        bool Holds(double x);
    }

    /// <summary>A value entirely below the interval.</summary>
    private readonly struct EntirelyBelow(Interval interval) : IPredicate
    {
        public bool Holds(double x) => new Interval(x, x).IsBelow(interval);
    }

    /// <summary>A value not entirely above the interval.</summary>
    private readonly struct NotEntirelyAbove(Interval interval) : IPredicate
    {
        public bool Holds(double x) => !interval.IsBelow(new Interval(x, x));
    }
}
