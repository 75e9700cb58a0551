using System;

namespace FactLint.LanguageServer.Protocol.Types;

/// <summary>
/// Marks a type that models only the members FactLint reads or sends (capabilities are large).
/// The meta-model test then checks that every member it has exists, not that every member is there.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PartialModelAttribute : Attribute
{
}

/// <summary>A type the meta model declares inline (a "literal") as the type of one property of a named structure.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LspLiteralAttribute : Attribute
{
    public LspLiteralAttribute(string structure, string property)
    {
        Structure = structure;
        Property = property;
    }

    public string Structure { get; }

    public string Property { get; }
}
