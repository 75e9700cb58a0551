using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Names;

/// <summary>
/// Groups spellings into clusters of one name, OpenRefine-style: blocking finds the candidate
/// pairs, the comparer decides each, and the pairs found the same are joined (union–find).
/// </summary>
public static class NameClusters
{
    /// <returns>Clusters of two or more distinct spellings, largest first; each a list of indexes into <paramref name="spellings"/>.</returns>
    public static IReadOnlyList<IReadOnlyList<int>> Build(IReadOnlyList<string> spellings, NameComparer comparer, out int comparisons)
    {
        var index = new NameIndex();
        foreach (var s in spellings)
        {
            index.Add(comparer.Reader.Read(s));
        }

        var parent = Enumerable.Range(0, spellings.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        comparisons = 0;
        foreach (var (a, b) in index.CandidatePairs())
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                continue;
            }

            comparisons++;
            if (comparer.Compare(index[a], index[b]).Same)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        return Enumerable.Range(0, spellings.Count)
            .GroupBy(Find)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0])
            .ToList();
    }
}
