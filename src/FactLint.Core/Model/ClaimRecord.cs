using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Model;

public sealed record ClaimRecord(
    string? Id,
    YamlScalar? IdNode,
    YamlMapping Node,
    IdReference? Subject,
    YamlScalar? Property,
    YamlNode? Value,
    YamlScalar? Unit,
    YamlScalar? AsOf,
    YamlScalar? Rank,
    IdReference? AttributedTo,
    IReadOnlyList<Citation> Citations,
    YamlScalar? Note)
{
    public Figure? Figure => Figure.TryRead(Value);

    public bool IsDeprecated => Rank?.Value == "deprecated";
}
