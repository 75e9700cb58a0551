using FactLint.Syntax;

namespace FactLint.Model;

/// <summary>A place where a record names another by id: the scalar (for its span), what it must name, and the key it sits under.</summary>
public sealed record IdReference(string Id, YamlScalar Node, ReferenceTarget Target, string Key);
