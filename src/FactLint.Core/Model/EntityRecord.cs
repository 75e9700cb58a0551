using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Model;

public sealed record EntityRecord(
    string Id,
    YamlScalar IdNode,
    YamlMapping Node,
    YamlScalar? EntityType,
    YamlScalar? Name,
    IReadOnlyList<YamlScalar> Aliases,
    IReadOnlyList<IdReference> DistinctFrom,
    YamlNode? Date,
    IdReference? Place);
