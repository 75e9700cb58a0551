using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FactLint.Schema.Library;

/// <summary>
/// The schema resources of one schema document (the root and every subschema with its own
/// <c>$id</c>) by absolute URI. JsonSchema.Net names the schema behind each result by such a URI
/// and a JSON pointer; this finds the schema object there, for its <c>title</c>,
/// <c>errorMessage</c> and the value of a failed keyword. Reading the document also refuses what
/// FactLint will not do: fetch another document (a <c>$ref</c> outside this one) or read a
/// meta-schema it does not have.
/// </summary>
internal sealed class SchemaResources
{
    /// <summary>Meta-schemas of the dialects JsonSchema.Net knows, the only <c>$schema</c> values it can read without fetching.</summary>
    private static readonly HashSet<string> KnownDialects = new(StringComparer.Ordinal)
    {
        "https://json-schema.org/draft/2020-12/schema",
        "https://json-schema.org/draft/2019-09/schema",
        "http://json-schema.org/draft-07/schema",
        "http://json-schema.org/draft-06/schema",
    };

    /// <summary>Keywords whose values are data, not schemas: an <c>$id</c> or <c>$ref</c> inside them means nothing.</summary>
    private static readonly HashSet<string> DataKeywords = new(StringComparer.Ordinal) { "enum", "const", "default", "examples" };

    private readonly Dictionary<string, JsonElement> _byUri = new(StringComparer.Ordinal);

    private readonly HashSet<string> _declaredKeys = new(StringComparer.Ordinal);

    private SchemaResources()
    {
    }

    /// <summary>Reads the resources of a schema document whose base URI is <paramref name="baseUri"/>.</summary>
    /// <exception cref="SchemaNotSupportedException">A reference leads to another document, or a <c>$schema</c> names an unknown meta-schema.</exception>
    public static SchemaResources Read(JsonElement root, Uri baseUri)
    {
        var resources = new SchemaResources();
        var references = new List<(string Keyword, string Value, string Pointer, Uri Base)>();
        resources.Walk(root, baseUri, "#", references);
        foreach (var (keyword, value, pointer, from) in references)
        {
            if (!Uri.TryCreate(from, value, out var target))
            {
                continue;
            }

            var document = DocumentOf(target);
            if (!resources._byUri.ContainsKey(document) && !IsMetaSchema(target))
            {
                throw new SchemaNotSupportedException(
                    $"The schema refers to '{value}' ({keyword} at {pointer}), which is not part of this schema document. FactLint fetches nothing, so references to other documents are refused; copy the referenced schema under $defs.");
            }
        }

        return resources;
    }

    /// <summary>The schema object at a result's schema location, or null when the location does not lead to one.</summary>
    public JsonElement? Find(Uri? location)
    {
        if (location == null || !_byUri.TryGetValue(DocumentOf(location), out var resource))
        {
            return null;
        }

        var fragment = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        var current = resource;
        if (fragment.Length == 0)
        {
            return current;
        }

        if (fragment[0] != '/')
        {
            return null;
        }

        foreach (var raw in fragment.Substring(1).Split('/'))
        {
            var token = raw.Replace("~1", "/").Replace("~0", "~");
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Whether any <c>properties</c> of the document names this key.</summary>
    public bool Declares(string key) => _declaredKeys.Contains(key);

    /// <summary>The declared key closest in spelling to <paramref name="key"/>, if one is close.</summary>
    public string? ClosestDeclared(string key) => FactLint.Text.Spelling.ClosestMatch(key, _declaredKeys);

    private static string DocumentOf(Uri uri) => uri.IsAbsoluteUri ? uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped) : uri.OriginalString;

    private static bool IsMetaSchema(Uri target) =>
        target.IsAbsoluteUri && target.Host == "json-schema.org";

    private void Walk(JsonElement element, Uri baseUri, string pointer, List<(string, string, string, Uri)> references)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, baseUri, pointer + "/" + i++, references);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String && Uri.TryCreate(baseUri, id.GetString(), out var resolved))
        {
            baseUri = resolved;
        }

        var document = DocumentOf(baseUri);
        if (pointer == "#" || !_byUri.ContainsKey(document))
        {
            _byUri[document] = element;
        }

        if (element.TryGetProperty("$schema", out var dialect) && dialect.ValueKind == JsonValueKind.String && !KnownDialects.Contains(dialect.GetString()!.TrimEnd('#')))
        {
            throw new SchemaNotSupportedException(
                $"The schema declares the meta-schema '{dialect.GetString()}' ($schema at {pointer}), which FactLint does not have and will not fetch; use https://json-schema.org/draft/2020-12/schema.");
        }

        if (element.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var declared in properties.EnumerateObject())
            {
                _declaredKeys.Add(declared.Name);
            }
        }

        foreach (var p in element.EnumerateObject())
        {
            if (p.Name is "$ref" or "$dynamicRef" or "$recursiveRef" && p.Value.ValueKind == JsonValueKind.String)
            {
                references.Add((p.Name, p.Value.GetString()!, pointer, baseUri));
            }
            else if (!DataKeywords.Contains(p.Name))
            {
                Walk(p.Value, baseUri, pointer + "/" + p.Name.Replace("~", "~0").Replace("/", "~1"), references);
            }
        }
    }
}
