using System;
using System.Collections.Generic;

namespace FactLint.Text;

/// <summary>"Did you mean" for keys, enum values and ids: the closest candidate within a small edit distance.</summary>
public static class Spelling
{
    /// <remarks>Ties go to the first in ordinal order, so the answer does not depend on the candidates' order.</remarks>
    public static string? ClosestMatch(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, Math.Min(3, value.Length / 3));
        foreach (var c in candidates)
        {
            if (Math.Abs(c.Length - value.Length) > limit)
            {
                continue;
            }

            var d = Distance(value, c, limit);
            if (d <= limit && (d < bestDistance || (d == bestDistance && string.CompareOrdinal(c, best) < 0)) && !string.Equals(c, value, StringComparison.Ordinal))
            {
                best = c;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transposition), case-insensitive, stopping early past <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[b.Length];
    }
}
