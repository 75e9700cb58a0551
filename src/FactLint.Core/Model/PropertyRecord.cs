using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Model;

public sealed record PropertyRecord(
    string Id,
    YamlScalar IdNode,
    YamlMapping Node,
    YamlScalar? PropertyType,
    YamlScalar? Unit,
    bool Temporal,
    bool Single,
    IReadOnlyList<IdReference> SumOf);
