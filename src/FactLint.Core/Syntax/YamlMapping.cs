using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<YamlEntry> entries, bool isFlow, TextSpan span, string? anchor = null, string? tag = null)
        : base(span, anchor, tag)
    {
        Entries = entries;
        IsFlow = isFlow;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Mapping;

    public IReadOnlyList<YamlEntry> Entries { get; }

    public bool IsFlow { get; }

    /// <summary>Finds the first entry whose scalar key equals <paramref name="key"/>.</summary>
    /// <remarks>Linear: fact-file mappings have a handful of keys, where a scan beats hashing.</remarks>
    public bool TryGetEntry(string key, out YamlEntry entry)
    {
        var entries = Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key is YamlScalar s && s.Value == key)
            {
                entry = entries[i];
                return true;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>The value under <paramref name="key"/>, with aliases resolved; null when absent.</summary>
    public YamlNode? Get(string key) => TryGetEntry(key, out var e) ? e.Value.Resolve() : null;

    public YamlScalar? GetScalar(string key) => Get(key) as YamlScalar;

    public YamlSequence? GetSequence(string key) => Get(key) as YamlSequence;

    public YamlMapping? GetMapping(string key) => Get(key) as YamlMapping;
}
