using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Schema;

/// <summary>
/// A schema a fact file is checked against, whichever validator runs it: FactLint's own
/// (<see cref="JsonSchema"/>) or JsonSchema.Net (<see cref="Library.LibrarySchema"/>). Both
/// answer with errors that point at nodes of the positioned YAML tree.
/// </summary>
public interface IDocumentSchema
{
    /// <summary>Every error found in a whole document (empty when valid).</summary>
    IReadOnlyList<SchemaError> Validate(YamlNode? instance);

    /// <summary>Only whether the document is valid: the fast path, building no messages.</summary>
    bool IsValid(YamlNode? instance);
}
