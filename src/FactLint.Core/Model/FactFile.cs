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
}
