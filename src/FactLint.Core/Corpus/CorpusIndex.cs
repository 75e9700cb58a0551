using System;
using System.Collections.Generic;
using FactLint.Model;

namespace FactLint.Corpus;

/// <summary>
/// Every id of the corpus, kept up to date file by file: replacing one document removes what it
/// defined and adds what it now defines, in time proportional to that file, never to the corpus.
/// Sources, entities and claims share one namespace; properties have their own.
/// </summary>
public sealed class CorpusIndex
{
    private static readonly IReadOnlyList<IdDefinition> None = Array.Empty<IdDefinition>();

    private readonly Dictionary<string, List<IdDefinition>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IdDefinition>> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _claimedProperties = new(StringComparer.Ordinal);

    /// <summary>Definitions of a source, entity or claim id (more than one is a duplicate), in corpus order (path, then place): the same however the index was built up.</summary>
    public IReadOnlyList<IdDefinition> Records(string id) => _records.TryGetValue(id, out var list) ? list : None;

    public IReadOnlyList<IdDefinition> PropertyDeclarations(string id) => _properties.TryGetValue(id, out var list) ? list : None;

    /// <summary>True when the property is declared or named by at least one claim (undeclared properties are allowed).</summary>
    public bool IsKnownProperty(string id) => _properties.ContainsKey(id) || _claimedProperties.ContainsKey(id);

    public IEnumerable<KeyValuePair<string, List<IdDefinition>>> AllRecords => _records;

    public IEnumerable<KeyValuePair<string, List<IdDefinition>>> AllProperties => _properties;

    public IEnumerable<string> RecordIds(RecordKind kind)
    {
        foreach (var pair in _records)
        {
            foreach (var d in pair.Value)
            {
                if (d.Kind == kind)
                {
                    yield return pair.Key;
                    break;
                }
            }
        }
    }

    public IEnumerable<string> PropertyIds()
    {
        foreach (var id in _properties.Keys)
        {
            yield return id;
        }

        foreach (var id in _claimedProperties.Keys)
        {
            if (!_properties.ContainsKey(id))
            {
                yield return id;
            }
        }
    }

    internal void Add(FactFile file)
    {
        // One hash lookup per id, not two (a look, then a store): the index is built on one core
        // while the other waits, over every id of the corpus.
        foreach (var d in file.Definitions)
        {
            var map = d.Kind == RecordKind.Property ? _properties : _records;
#if NET
            ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, d.Id, out _);
            list ??= new List<IdDefinition>(1);
#else
            if (!map.TryGetValue(d.Id, out var list))
            {
                list = new List<IdDefinition>(1);
                map[d.Id] = list;
            }
#endif

            // Corpus order, not the order files arrived in: an index kept up to date edit by edit
            // must answer as one built from scratch ('the first definition' is the same in both).
            var at = list.Count;
            while (at > 0 && Compare(list[at - 1], d) > 0)
            {
                at--;
            }

            list.Insert(at, d);
        }

        foreach (var claimed in file.ClaimedProperties)
        {
            var (p, count) = (claimed.Key, claimed.Value);
#if NET
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_claimedProperties, p, out _) += count;
#else
            _claimedProperties.TryGetValue(p, out var n);
            _claimedProperties[p] = n + count;
#endif
        }
    }

    private static int Compare(IdDefinition a, IdDefinition b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath : a.IdNode.Span.Start.CompareTo(b.IdNode.Span.Start);
    }

    internal void Remove(FactFile file)
    {
        foreach (var d in file.Definitions)
        {
            var map = d.Kind == RecordKind.Property ? _properties : _records;
            if (map.TryGetValue(d.Id, out var list))
            {
                list.RemoveAll(x => ReferenceEquals(x, d));
                if (list.Count == 0)
                {
                    map.Remove(d.Id);
                }
            }
        }

        foreach (var claimed in file.ClaimedProperties)
        {
            var (p, count) = (claimed.Key, claimed.Value);
            if (_claimedProperties.TryGetValue(p, out var n))
            {
                if (n <= count)
                {
                    _claimedProperties.Remove(p);
                }
                else
                {
                    _claimedProperties[p] = n - count;
                }
            }
        }
    }
}
