using System.Collections.Generic;
using System.Text.Json;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Schema;

/// <summary>
/// Turns JSON into the same node tree YAML files produce, so that one validator serves fact
/// files, schema constants (enum, const) and JSON documents such as SARIF logs.
/// </summary>
public static class JsonNodeConverter
{
    public static YamlNode Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<YamlEntry>();
                foreach (var p in element.EnumerateObject())
                {
                    entries.Add(new YamlEntry(new YamlScalar(p.Name, ScalarType.String, false, default), Convert(p.Value)));
                }

                return new YamlMapping(entries, isFlow: true, default);
            case JsonValueKind.Array:
                var items = new List<YamlNode>();
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(Convert(item));
                }

                return new YamlSequence(items, isFlow: true, default);
            case JsonValueKind.String:
                return new YamlScalar(element.GetString() ?? string.Empty, ScalarType.String, false, default);
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                var isInteger = raw.IndexOf('.') < 0 && raw.IndexOf('e') < 0 && raw.IndexOf('E') < 0;
                return new YamlScalar(raw, isInteger ? ScalarType.Integer : ScalarType.Float, true, default);
            case JsonValueKind.True:
                return new YamlScalar("true", ScalarType.Boolean, true, default);
            case JsonValueKind.False:
                return new YamlScalar("false", ScalarType.Boolean, true, default);
            default:
                return new YamlScalar("null", ScalarType.Null, true, default);
        }
    }

    /// <summary>Parses JSON text into a node tree (spans are empty: JSON documents are validated for content, not underlined).</summary>
    public static YamlNode Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        return Convert(doc.RootElement);
    }
}
