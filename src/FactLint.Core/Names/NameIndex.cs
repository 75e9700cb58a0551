using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Names;

/// <summary>
/// Blocking for name comparison: each name is filed under the consonant skeleton of each of its
/// elements (and of their other readings and Slavic cognate key), and only names that share a key
/// are compared — so finding the variants among n names costs about n times the size of a block,
/// not n². Keys shared by very many names (Muhammad, Ali) are too common to block on; a name whose
/// every key is that common is filed under the pair of its first and last skeletons instead.
/// </summary>
public sealed class NameIndex
{
    /// <summary>Names under one key beyond which the key is too common to block on alone.</summary>
    public const int CommonKeyLimit = 40;

    /// <summary>The same for the first-and-last fallback key: past this a block would cost more than it finds.</summary>
    public const int FallbackKeyLimit = 200;

    private readonly List<ParsedName> _names = new();
    private readonly List<string[]> _keys = new();
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    public int Count => _names.Count;

    public ParsedName this[int index] => _names[index];

    public int Add(ParsedName name) => File(name, DistinctKeys(name));

    /// <summary>Adds many names, their keys worked out in parallel (the filing itself is sequential: ids follow the list).</summary>
    public void AddRange(IReadOnlyList<ParsedName> names)
    {
        var keys = new string[names.Count][];
        System.Threading.Tasks.Parallel.For(0, names.Count, i => keys[i] = DistinctKeys(names[i]));
        for (var i = 0; i < names.Count; i++)
        {
            File(names[i], keys[i]);
        }
    }

    private int File(ParsedName name, string[] keys)
    {
        var id = _names.Count;
        _names.Add(name);
        _keys.Add(keys);
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var list))
            {
                list = new List<int>();
                _postings[key] = list;
            }

            if (list.Count == 0 || list[list.Count - 1] != id)
            {
                list.Add(id);
            }
        }

        return id;
    }

    /// <summary>Every pair of names (lower index first) that share a usable key, each once.</summary>
    public IEnumerable<(int A, int B)> CandidatePairs()
    {
        var stamps = NewStamps();
        var partners = new List<int>();
        for (var id = 0; id < _names.Count; id++)
        {
            LaterPartners(id, stamps, partners);
            foreach (var other in partners)
            {
                yield return (id, other);
            }
        }
    }

    /// <summary>A scratch array for <see cref="LaterPartners"/>, one per thread.</summary>
    public int[] NewStamps()
    {
        var stamps = new int[_names.Count];
        stamps.AsSpan().Fill(-1);
        return stamps;
    }

    /// <summary>
    /// Fills <paramref name="partners"/> with the names added after <paramref name="id"/> that share a
    /// usable key with it, each once. <paramref name="stamps"/> marks the partners already found
    /// (by id), so no set of pairs is built; independent ids may be asked in parallel, each thread
    /// with its own stamps.
    /// </summary>
    public void LaterPartners(int id, int[] stamps, List<int> partners)
    {
        partners.Clear();
        foreach (var key in _keys[id])
        {
            var list = _postings[key];
            if (list.Count < 2 || list.Count > Limit(key))
            {
                continue;
            }

            // Postings are in id order: the later names follow this one.
            var from = list.BinarySearch(id) + 1;
            for (var k = from; k < list.Count; k++)
            {
                var other = list[k];
                if (stamps[other] != id)
                {
                    stamps[other] = id;
                    partners.Add(other);
                }
            }
        }
    }

    /// <summary>The names filed under any key of <paramref name="name"/> (which need not be in the index).</summary>
    public IEnumerable<int> Candidates(ParsedName name)
    {
        var seen = new HashSet<int>();
        foreach (var key in Keys(name))
        {
            if (_postings.TryGetValue(key, out var list) && list.Count <= Limit(key))
            {
                foreach (var id in list)
                {
                    if (seen.Add(id))
                    {
                        yield return id;
                    }
                }
            }
        }
    }

    private static int Limit(string key) => key.StartsWith("|", StringComparison.Ordinal) ? FallbackKeyLimit : CommonKeyLimit;

    private static string[] DistinctKeys(ParsedName name)
    {
        // A name has a handful of keys: a list's linear search beats a set.
        var keys = new List<string>(8);
        foreach (var key in Keys(name))
        {
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys.ToArray();
    }

    private static IEnumerable<string> Keys(ParsedName name)
    {
        var tokens = name.Tokens;
        foreach (var token in tokens)
        {
            if (token.Kind == NameTokenKind.Initial)
            {
                continue;
            }

            if (token.Skeleton.Length >= 2)
            {
                yield return token.Skeleton;
            }

            foreach (var skeleton in token.AlternateSkeletons)
            {
                yield return skeleton;
            }

            if (token.Cognate != null)
            {
                yield return "~" + token.Cognate;
            }
        }

        // The fallback key for names made only of common elements: first and last element together.
        if (tokens.Count >= 2)
        {
            yield return "|" + tokens[0].Skeleton + "|" + tokens[tokens.Count - 1].Skeleton;
        }
    }
}
