using FactLint.Corpus;
using FactLint.Model;
using FactLint.Syntax;

namespace FactLint.Names;

/// <summary>One accepted spelling of an entity: its <c>name</c> or one of its <c>aliases</c>, read into elements.</summary>
public sealed record EntitySpelling(FactDocument Document, EntityRecord Entity, YamlScalar Node, ParsedName Name, bool IsAlias)
{
    public string EntityType => Entity.EntityType?.Value ?? "other";

    /// <summary>The canonical spelling of the entity this spelling belongs to.</summary>
    public string Canonical => Entity.Name?.Value ?? Name.Text;
}
