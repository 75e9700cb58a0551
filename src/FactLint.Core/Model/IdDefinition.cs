using FactLint.Syntax;

namespace FactLint.Model;

/// <summary>Where an id is defined: the file, the record's kind, the id scalar and the record's mapping.</summary>
public sealed record IdDefinition(string Id, RecordKind Kind, string Path, YamlScalar IdNode, YamlMapping Record);
