namespace FactLint.Model;

/// <summary>What kind of record an id reference must name.</summary>
public enum ReferenceTarget
{
    Source,
    Entity,
    Property,
}
