using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema.Keywords;

namespace FactLint.Schema.Library;

/// <summary><c>patternProperties</c> with its patterns read as <see cref="EcmaPatternKeyword"/> reads <c>pattern</c>.</summary>
internal sealed class EcmaPatternPropertiesKeyword : PatternPropertiesKeyword
{
    public override object? ValidateKeywordValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaLoadException($"'patternProperties' must be an object whose values are schemas, not {value.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var regexes = new Dictionary<string, Regex>(System.StringComparer.Ordinal);
        foreach (var p in value.EnumerateObject())
        {
            if (p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
            {
                throw new SchemaLoadException($"'patternProperties' entry '{p.Name}' must be a schema (an object or a boolean).");
            }

            regexes[p.Name] = EcmaRegex.Create(p.Name, null);
        }

        return regexes;
    }
}
