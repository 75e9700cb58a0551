using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Model;

/// <summary>The meaning of one fact file: its records, every id it defines and every id it refers to.</summary>
public sealed class FactFile
{
    public FactFile(
        string path,
        YamlScalar? version,
        IReadOnlyList<SourceRecord> sources,
        IReadOnlyList<EntityRecord> entities,
        IReadOnlyList<PropertyRecord> properties,
        IReadOnlyList<ClaimRecord> claims,
        IReadOnlyList<IdDefinition> definitions,
        IReadOnlyList<IdReference> references)
    {
        Path = path;
        Version = version;
        Sources = sources;
        Entities = entities;
        Properties = properties;
        Claims = claims;
        Definitions = definitions;
        References = references;
        ClaimedProperties = CountClaimedProperties(claims);
    }

    public string Path { get; }

    /// <summary>The <c>factlint:</c> value, null when the key is absent.</summary>
    public YamlScalar? Version { get; }

    public IReadOnlyList<SourceRecord> Sources { get; }

    public IReadOnlyList<EntityRecord> Entities { get; }

    public IReadOnlyList<PropertyRecord> Properties { get; }

    public IReadOnlyList<ClaimRecord> Claims { get; }

    /// <summary>Every id defined in this file (sources, entities, claims with ids, and properties).</summary>
    public IReadOnlyList<IdDefinition> Definitions { get; }

    /// <summary>Every id reference in this file, in document order.</summary>
    public IReadOnlyList<IdReference> References { get; }

    /// <summary>
    /// The properties this file's claims name, each with how many claims name it, in the order of
    /// their first claims. Counted here, as the file is read (in parallel with the others), so that
    /// the corpus index adds a file's few properties rather than walking all its claims again.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, int>> ClaimedProperties { get; }

    private static KeyValuePair<string, int>[] CountClaimedProperties(IReadOnlyList<ClaimRecord> claims)
    {
        var counts = new List<KeyValuePair<string, int>>();
        var at = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.Property?.Value is not string p)
            {
                continue;
            }

            if (at.TryGetValue(p, out var i))
            {
                counts[i] = new KeyValuePair<string, int>(p, counts[i].Value + 1);
            }
            else
            {
                at[p] = counts.Count;
                counts.Add(new KeyValuePair<string, int>(p, 1));
            }
        }

        return counts.ToArray();
    }
}
