using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Model;

public sealed record SourceRecord(
    string Id,
    YamlScalar IdNode,
    YamlMapping Node,
    YamlScalar? Title,
    YamlScalar? Publisher,
    YamlScalar? Url,
    YamlScalar? Archive,
    YamlScalar? Published,
    YamlScalar? SourceKind,
    IReadOnlyList<IdReference> ReliesOn);
