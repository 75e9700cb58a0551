using System.Collections.Immutable;
using FactLint.Syntax;

namespace FactLint.Model;

/// <remarks>
/// <see cref="Citations"/> is an immutable array, not a read-only list: rules walk the citations of
/// every claim, and each walk of a list behind an interface allocated its enumerator and called it
/// through the interface (11 MB on 50,000 claims).
/// </remarks>
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
    ImmutableArray<Citation> Citations,
    YamlScalar? Note)
{
    public Figure? Figure => Figure.TryRead(Value);

    public bool IsDeprecated => Rank?.Value == "deprecated";
}
