using FactLint.Syntax;

namespace FactLint.Model;

/// <summary>One entry of a claim's <c>sources</c>: which source, the verbatim quote, and where in it.</summary>
public sealed record Citation(YamlMapping Node, IdReference? Source, YamlScalar? Quote, YamlScalar? Locator);
