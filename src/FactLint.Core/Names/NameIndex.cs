using System;
using System.Collections.Generic;

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
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    public int Count => _names.Count;

    public ParsedName this[int index] => _names[index];

    public int Add(ParsedName name)
    {
        var id = _names.Count;
        _names.Add(name);
        foreach (var key in Keys(name))
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
        var seen = new HashSet<long>();
        foreach (var pair in _postings)
        {
            var list = pair.Value;
            if (list.Count < 2 || list.Count > Limit(pair.Key))
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (seen.Add(((long)list[i] << 32) | (uint)list[j]))
                    {
                        yield return (list[i], list[j]);
                    }
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

            if (token.Alternates != null)
            {
                foreach (var reading in token.Alternates)
                {
                    var skeleton = Transliteration.Skeleton(reading);
                    if (skeleton.Length >= 2 && skeleton != token.Skeleton)
                    {
                        yield return skeleton;
                    }
                }
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
