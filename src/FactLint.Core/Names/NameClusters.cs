using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace FactLint.Names;

/// <summary>
/// Groups spellings into clusters of one name, OpenRefine-style: blocking finds the candidate
/// pairs, the comparer decides each, and the pairs found the same are joined (union–find).
/// </summary>
public static class NameClusters
{
    /// <summary>Names per parallel work item: enough to amortise scheduling, few enough to balance the cores.</summary>
    private const int NamesPerChunk = 512;

    /// <returns>Clusters of two or more distinct spellings, largest first; each a list of indexes into <paramref name="spellings"/>.</returns>
    public static IReadOnlyList<IReadOnlyList<int>> Build(IReadOnlyList<string> spellings, NameComparer comparer, out int comparisons)
    {
        // Reading and deciding are independent per name and per pair, and the comparer is immutable,
        // so both run in parallel; only the joining is sequential.
        var parsed = new ParsedName[spellings.Count];
        Parallel.For(0, spellings.Count, i => parsed[i] = comparer.Reader.Read(spellings[i]));
        var index = new NameIndex();
        index.AddRange(parsed);

        var found = new ConcurrentBag<List<(int A, int B)>>();
        var compared = 0;
        Parallel.ForEach(
            Partitioner.Create(0, parsed.Length, NamesPerChunk),
            () => (Stamps: index.NewStamps(), Partners: new List<int>(), Same: new List<(int A, int B)>(), Compared: 0),
            (range, _, local) =>
            {
                for (var id = range.Item1; id < range.Item2; id++)
                {
                    index.LaterPartners(id, local.Stamps, local.Partners);
                    local.Compared += local.Partners.Count;
                    foreach (var other in local.Partners)
                    {
                        if (comparer.Compare(parsed[id], parsed[other]).Same)
                        {
                            local.Same.Add((id, other));
                        }
                    }
                }

                return local;
            },
            local =>
            {
                found.Add(local.Same);
                Interlocked.Add(ref compared, local.Compared);
            });

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

        foreach (var (a, b) in found.SelectMany(list => list))
        {
            var ra = Find(a);
            var rb = Find(b);
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        comparisons = compared;
        return Enumerable.Range(0, spellings.Count)
            .GroupBy(Find)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0])
            .ToList();
    }
}
