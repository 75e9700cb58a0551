using System.Text.Json;
using Json.Schema.Keywords;

namespace FactLint.Schema.Library;

/// <summary>
/// <c>pattern</c> as FactLint's own validator reads it (<see cref="EcmaRegex"/>): JsonSchema.Net
/// compiles patterns with .NET's ECMAScript option, which refuses \p{…} and has no time limit, so
/// a hostile pattern could hang a run.
/// </summary>
internal sealed class EcmaPatternKeyword : PatternKeyword
{
    public override object? ValidateKeywordValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? EcmaRegex.Create(value.GetString()!, null)
            : throw new SchemaLoadException($"'pattern' must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}.");
}
