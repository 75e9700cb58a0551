using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactLint.Schema.Keywords;
using FactLint.Syntax;

namespace FactLint.Schema;

/// <summary>
/// Compiles a JSON Schema document into <see cref="JsonSchema"/> objects. Subschemas are compiled
/// once per JSON pointer and shared, so recursive <c>$ref</c>s become cycles in the object graph
/// rather than infinite compilation. Anything the validator cannot honour is refused with
/// <see cref="SchemaNotSupportedException"/>: a keyword silently skipped would accept data the
/// schema's author meant to reject.
/// </summary>
public sealed class SchemaCompiler
{
    /// <summary>Keywords of the 2020-12 vocabularies that this validator does not implement.</summary>
    public static readonly IReadOnlyCollection<string> UnsupportedKeywords = new[]
    {
        "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor", "$vocabulary",
        "unevaluatedItems", "unevaluatedProperties",
    };

    private readonly JsonElement _root;
    private readonly string? _baseUri;
    private readonly SchemaDialect _dialect;
    private readonly Dictionary<string, JsonSchema> _compiled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dynamicAnchors = new(StringComparer.Ordinal);

    private SchemaCompiler(JsonElement root)
    {
        _root = root;
        _dialect = DetectDialect(root);
        _baseUri = IdOf(root);
        if (_baseUri != null)
        {
            var hash = _baseUri.IndexOf('#');
            _baseUri = hash >= 0 ? _baseUri.Substring(0, hash) : _baseUri;
        }

        CollectAnchors(root, "#");
    }

    /// <summary>Compiles schema text (JSON).</summary>
    /// <exception cref="SchemaLoadException">The text is not JSON, or a keyword has a value of the wrong kind.</exception>
    /// <exception cref="SchemaNotSupportedException">The schema needs a feature this validator does not implement.</exception>
    public static JsonSchema Compile(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new SchemaLoadException($"The schema is not valid JSON: {ex.Message}", ex);
        }

        using (doc)
        {
            return Compile(doc.RootElement);
        }
    }

    public static JsonSchema Compile(JsonElement root)
    {
        var compiler = new SchemaCompiler(root);
        var schema = compiler.CompileAt(root, "#");
        schema.Dialect = compiler._dialect;

        // Compile every $defs/definitions entry too, so an unsupported keyword anywhere is reported now, not on first use.
        foreach (var container in new[] { "$defs", "definitions" })
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(container, out var defs))
            {
                RequireKind(defs, JsonValueKind.Object, "#", container, "an object whose values are schemas");
                foreach (var def in defs.EnumerateObject())
                {
                    compiler.CompileAt(def.Value, "#/" + container + "/" + EscapePointer(def.Name));
                }
            }
        }

        return schema;
    }

    private static SchemaDialect DetectDialect(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("$schema", out var s) || s.ValueKind != JsonValueKind.String)
        {
            return SchemaDialect.Draft202012;
        }

        var uri = s.GetString()!.TrimEnd('#');
        return uri switch
        {
            "https://json-schema.org/draft/2020-12/schema" => SchemaDialect.Draft202012,
            "https://json-schema.org/draft/2019-09/schema" => SchemaDialect.Draft201909,
            "http://json-schema.org/draft-07/schema" => SchemaDialect.Draft07,
            "http://json-schema.org/draft-06/schema" => SchemaDialect.Draft06,
            "http://json-schema.org/draft-04/schema" => SchemaDialect.Draft04,
            _ => throw new SchemaNotSupportedException($"The schema declares the dialect '{uri}' ($schema), which FactLint does not know; use https://json-schema.org/draft/2020-12/schema."),
        };
    }

    private string? IdOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var key = _dialect == SchemaDialect.Draft04 ? "id" : "$id";
        return schema.TryGetProperty(key, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
    }

    private void CollectAnchors(JsonElement element, string pointer)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                if (p.Name == "$anchor" && p.Value.ValueKind == JsonValueKind.String)
                {
                    _anchors[p.Value.GetString()!] = pointer;
                }
                else if (p.Name == "$dynamicAnchor" && p.Value.ValueKind == JsonValueKind.String)
                {
                    _dynamicAnchors.Add(p.Value.GetString()!);
                }
                else if (p.Name is not ("enum" or "const" or "default" or "examples"))
                {
                    CollectAnchors(p.Value, pointer + "/" + EscapePointer(p.Name));
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                CollectAnchors(item, pointer + "/" + i++);
            }
        }
    }

    private JsonSchema CompileAt(JsonElement element, string pointer)
    {
        if (_compiled.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var boolean = new JsonSchema(pointer, element.ValueKind == JsonValueKind.True);
            _compiled[pointer] = boolean;
            return boolean;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaLoadException($"The schema at {pointer} must be an object or a boolean, not {element.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var schema = new JsonSchema(pointer);
        _compiled[pointer] = schema;

        foreach (var p in element.EnumerateObject())
        {
            if (UnsupportedKeywords.Contains(p.Name))
            {
                throw new SchemaNotSupportedException($"The schema uses '{p.Name}' at {pointer}, which FactLint's validator does not support (see docs/schema-validator.md); rewrite that part without it.");
            }
        }

        if (pointer != "#" && IdOf(element) is string id && !IsSameDocument(id))
        {
            throw new SchemaNotSupportedException($"The schema declares a nested '$id' ('{id}') at {pointer}: embedded schema resources are not supported; move that subschema under $defs without an $id.");
        }

        var keywords = new List<SchemaKeyword>();
        var isLegacy = _dialect != SchemaDialect.Draft202012;
        var hasRef = element.TryGetProperty("$ref", out var refValue);

        // Before 2019-09, $ref replaced its schema: sibling keywords were ignored.
        if (hasRef)
        {
            keywords.Add(new RefKeyword(pointer + "/$ref", ResolveRef(StringOf(refValue, pointer, "$ref"), pointer)));
            if (_dialect is SchemaDialect.Draft04 or SchemaDialect.Draft06 or SchemaDialect.Draft07)
            {
                schema.SetKeywords(keywords.ToArray());
                return schema;
            }
        }

        if (element.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            schema.Title = title.GetString();
        }

        if (element.TryGetProperty("errorMessage", out var errorMessage) && errorMessage.ValueKind == JsonValueKind.String)
        {
            schema.ErrorMessage = errorMessage.GetString();
        }

        if (element.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => StringOf(t, pointer, "type")).ToArray()
                : new[] { StringOf(type, pointer, "type") };
            foreach (var t in types)
            {
                if (t is not (InstanceTypes.Null or InstanceTypes.Boolean or InstanceTypes.Object or InstanceTypes.Array or InstanceTypes.Number or InstanceTypes.Integer or InstanceTypes.String))
                {
                    throw new SchemaLoadException($"The schema at {pointer} names an unknown type '{t}'.");
                }
            }

            schema.DeclaredType = types.Length == 1 ? types[0] : null;
            keywords.Add(new TypeKeyword(pointer + "/type", types));
        }

        if (element.TryGetProperty("enum", out var en))
        {
            if (en.ValueKind != JsonValueKind.Array)
            {
                throw new SchemaLoadException($"'enum' at {pointer} must be an array.");
            }

            keywords.Add(new EnumKeyword(pointer + "/enum", en.EnumerateArray().Select(JsonNodeConverter.Convert).ToArray()));
        }

        if (element.TryGetProperty("const", out var cst))
        {
            keywords.Add(new ConstKeyword(pointer + "/const", JsonNodeConverter.Convert(cst)));
        }

        AddNumericKeywords(element, pointer, keywords);
        AddStringKeywords(element, pointer, keywords);
        AddArrayKeywords(element, pointer, keywords, isLegacy);
        AddObjectKeywords(element, pointer, keywords, schema);
        AddApplicators(element, pointer, keywords);

        schema.SetKeywords(keywords.ToArray());
        return schema;
    }

    private void AddNumericKeywords(JsonElement element, string pointer, List<SchemaKeyword> keywords)
    {
        if (element.TryGetProperty("multipleOf", out var mult))
        {
            var divisor = (YamlScalar)JsonNodeConverter.Convert(mult);
            if (!divisor.IsNumber || !divisor.TryGetDouble(out var d) || d <= 0)
            {
                throw new SchemaLoadException($"'multipleOf' at {pointer} must be a number greater than 0.");
            }

            keywords.Add(new MultipleOfKeyword(pointer + "/multipleOf", divisor));
        }

        var exclusiveMaxIsFlag = false;
        var exclusiveMinIsFlag = false;
        if (_dialect == SchemaDialect.Draft04)
        {
            exclusiveMaxIsFlag = element.TryGetProperty("exclusiveMaximum", out var xm) && xm.ValueKind == JsonValueKind.True;
            exclusiveMinIsFlag = element.TryGetProperty("exclusiveMinimum", out var xn) && xn.ValueKind == JsonValueKind.True;
        }

        if (element.TryGetProperty("maximum", out var max))
        {
            keywords.Add(new NumericRangeKeyword(pointer + "/maximum", "maximum", NumberOf(max, pointer, "maximum"), isMinimum: false, exclusive: exclusiveMaxIsFlag));
        }

        if (element.TryGetProperty("minimum", out var min))
        {
            keywords.Add(new NumericRangeKeyword(pointer + "/minimum", "minimum", NumberOf(min, pointer, "minimum"), isMinimum: true, exclusive: exclusiveMinIsFlag));
        }

        if (_dialect != SchemaDialect.Draft04)
        {
            if (element.TryGetProperty("exclusiveMaximum", out var emax))
            {
                keywords.Add(new NumericRangeKeyword(pointer + "/exclusiveMaximum", "exclusiveMaximum", NumberOf(emax, pointer, "exclusiveMaximum"), isMinimum: false, exclusive: true));
            }

            if (element.TryGetProperty("exclusiveMinimum", out var emin))
            {
                keywords.Add(new NumericRangeKeyword(pointer + "/exclusiveMinimum", "exclusiveMinimum", NumberOf(emin, pointer, "exclusiveMinimum"), isMinimum: true, exclusive: true));
            }
        }
    }

    private static void AddStringKeywords(JsonElement element, string pointer, List<SchemaKeyword> keywords)
    {
        if (element.TryGetProperty("minLength", out var minLen))
        {
            keywords.Add(new StringLengthKeyword(pointer + "/minLength", CountOf(minLen, pointer, "minLength"), isMinimum: true));
        }

        if (element.TryGetProperty("maxLength", out var maxLen))
        {
            keywords.Add(new StringLengthKeyword(pointer + "/maxLength", CountOf(maxLen, pointer, "maxLength"), isMinimum: false));
        }

        if (element.TryGetProperty("pattern", out var pattern))
        {
            var source = StringOf(pattern, pointer, "pattern");
            keywords.Add(new PatternKeyword(pointer + "/pattern", EcmaRegex.Create(source, pointer), source));
        }
    }

    private void AddArrayKeywords(JsonElement element, string pointer, List<SchemaKeyword> keywords, bool isLegacy)
    {
        JsonSchema[] prefix = Array.Empty<JsonSchema>();
        JsonSchema? rest = null;
        var hasItems = element.TryGetProperty("items", out var items);
        if (isLegacy && hasItems && items.ValueKind == JsonValueKind.Array)
        {
            prefix = items.EnumerateArray().Select((s, i) => CompileAt(s, $"{pointer}/items/{i}")).ToArray();
            if (element.TryGetProperty("additionalItems", out var additionalItems))
            {
                rest = CompileAt(additionalItems, pointer + "/additionalItems");
            }
        }
        else
        {
            if (element.TryGetProperty("prefixItems", out var prefixItems) && !isLegacy)
            {
                if (prefixItems.ValueKind != JsonValueKind.Array)
                {
                    throw new SchemaLoadException($"'prefixItems' at {pointer} must be an array of schemas.");
                }

                prefix = prefixItems.EnumerateArray().Select((s, i) => CompileAt(s, $"{pointer}/prefixItems/{i}")).ToArray();
            }

            if (hasItems)
            {
                rest = CompileAt(items, pointer + "/items");
            }
        }

        if (prefix.Length > 0 || rest != null)
        {
            keywords.Add(new ItemsKeyword(pointer + "/items", prefix, rest));
        }

        if (element.TryGetProperty("minItems", out var minItems))
        {
            keywords.Add(new ItemCountKeyword(pointer + "/minItems", CountOf(minItems, pointer, "minItems"), isMinimum: true));
        }

        if (element.TryGetProperty("maxItems", out var maxItems))
        {
            keywords.Add(new ItemCountKeyword(pointer + "/maxItems", CountOf(maxItems, pointer, "maxItems"), isMinimum: false));
        }

        if (element.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            keywords.Add(new UniqueItemsKeyword(pointer + "/uniqueItems"));
        }

        if (element.TryGetProperty("contains", out var contains))
        {
            var minContains = element.TryGetProperty("minContains", out var mc) && _dialect is SchemaDialect.Draft201909 or SchemaDialect.Draft202012 ? CountOf(mc, pointer, "minContains") : 1;
            long? maxContains = element.TryGetProperty("maxContains", out var xc) && _dialect is SchemaDialect.Draft201909 or SchemaDialect.Draft202012 ? CountOf(xc, pointer, "maxContains") : null;
            keywords.Add(new ContainsKeyword(pointer + "/contains", CompileAt(contains, pointer + "/contains"), minContains, maxContains));
        }
    }

    private void AddObjectKeywords(JsonElement element, string pointer, List<SchemaKeyword> keywords, JsonSchema schema)
    {
        Dictionary<string, JsonSchema>? properties = null;
        if (element.TryGetProperty("properties", out var props))
        {
            if (props.ValueKind != JsonValueKind.Object)
            {
                throw new SchemaLoadException($"'properties' at {pointer} must be an object.");
            }

            properties = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
            foreach (var p in props.EnumerateObject())
            {
                properties[p.Name] = CompileAt(p.Value, pointer + "/properties/" + EscapePointer(p.Name));
            }

            schema.KnownProperties = properties.Keys.ToArray();
        }

        var patterns = new List<(Regex, JsonSchema)>();
        if (element.TryGetProperty("patternProperties", out var pprops))
        {
            RequireKind(pprops, JsonValueKind.Object, pointer, "patternProperties", "an object whose keys are regular expressions and whose values are schemas");
            foreach (var p in pprops.EnumerateObject())
            {
                patterns.Add((EcmaRegex.Create(p.Name, pointer), CompileAt(p.Value, pointer + "/patternProperties/" + EscapePointer(p.Name))));
            }
        }

        JsonSchema? additional = null;
        if (element.TryGetProperty("additionalProperties", out var addl))
        {
            additional = CompileAt(addl, pointer + "/additionalProperties");
        }

        if (properties != null || patterns.Count > 0 || additional != null)
        {
            keywords.Add(new PropertiesKeyword(pointer + "/properties", properties, patterns.ToArray(), additional));
        }

        if (element.TryGetProperty("required", out var required))
        {
            if (required.ValueKind != JsonValueKind.Array)
            {
                // draft-03's boolean "required" is not supported; anything but an array is a malformed schema.
                throw new SchemaLoadException($"'required' at {pointer} must be an array of key names.");
            }

            keywords.Add(new RequiredKeyword(pointer + "/required", required.EnumerateArray().Select(r => StringOf(r, pointer, "required")).ToArray()));
        }

        if (element.TryGetProperty("propertyNames", out var names))
        {
            keywords.Add(new PropertyNamesKeyword(pointer + "/propertyNames", CompileAt(names, pointer + "/propertyNames")));
        }

        if (element.TryGetProperty("minProperties", out var minP))
        {
            keywords.Add(new PropertyCountKeyword(pointer + "/minProperties", CountOf(minP, pointer, "minProperties"), isMinimum: true));
        }

        if (element.TryGetProperty("maxProperties", out var maxP))
        {
            keywords.Add(new PropertyCountKeyword(pointer + "/maxProperties", CountOf(maxP, pointer, "maxProperties"), isMinimum: false));
        }

        var dependentRequired = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var dependentSchemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        if (element.TryGetProperty("dependentRequired", out var dr))
        {
            RequireKind(dr, JsonValueKind.Object, pointer, "dependentRequired", "an object whose values are arrays of key names");
            foreach (var p in dr.EnumerateObject())
            {
                RequireKind(p.Value, JsonValueKind.Array, pointer, "dependentRequired/" + p.Name, "an array of key names");
                dependentRequired[p.Name] = p.Value.EnumerateArray().Select(v => StringOf(v, pointer, "dependentRequired")).ToArray();
            }
        }

        if (element.TryGetProperty("dependentSchemas", out var ds))
        {
            RequireKind(ds, JsonValueKind.Object, pointer, "dependentSchemas", "an object whose values are schemas");
            foreach (var p in ds.EnumerateObject())
            {
                dependentSchemas[p.Name] = CompileAt(p.Value, pointer + "/dependentSchemas/" + EscapePointer(p.Name));
            }
        }

        if (_dialect is SchemaDialect.Draft04 or SchemaDialect.Draft06 or SchemaDialect.Draft07
            && element.TryGetProperty("dependencies", out var deps))
        {
            RequireKind(deps, JsonValueKind.Object, pointer, "dependencies", "an object whose values are arrays of key names or schemas");
            foreach (var p in deps.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Array)
                {
                    dependentRequired[p.Name] = p.Value.EnumerateArray().Select(v => StringOf(v, pointer, "dependencies")).ToArray();
                }
                else
                {
                    dependentSchemas[p.Name] = CompileAt(p.Value, pointer + "/dependencies/" + EscapePointer(p.Name));
                }
            }
        }

        if (dependentRequired.Count > 0)
        {
            keywords.Add(new DependentRequiredKeyword(pointer + "/dependentRequired", dependentRequired));
        }

        if (dependentSchemas.Count > 0)
        {
            keywords.Add(new DependentSchemasKeyword(pointer + "/dependentSchemas", dependentSchemas));
        }
    }

    private void AddApplicators(JsonElement element, string pointer, List<SchemaKeyword> keywords)
    {
        if (element.TryGetProperty("allOf", out var allOf))
        {
            keywords.Add(new AllOfKeyword(pointer + "/allOf", SchemaArray(allOf, pointer, "allOf")));
        }

        if (element.TryGetProperty("anyOf", out var anyOf))
        {
            keywords.Add(new AnyOfKeyword(pointer + "/anyOf", SchemaArray(anyOf, pointer, "anyOf")));
        }

        if (element.TryGetProperty("oneOf", out var oneOf))
        {
            keywords.Add(new OneOfKeyword(pointer + "/oneOf", SchemaArray(oneOf, pointer, "oneOf")));
        }

        if (element.TryGetProperty("not", out var not))
        {
            keywords.Add(new NotKeyword(pointer + "/not", CompileAt(not, pointer + "/not")));
        }

        if (element.TryGetProperty("if", out var @if) && _dialect is not SchemaDialect.Draft04 and not SchemaDialect.Draft06)
        {
            var then = element.TryGetProperty("then", out var t) ? CompileAt(t, pointer + "/then") : null;
            var @else = element.TryGetProperty("else", out var e) ? CompileAt(e, pointer + "/else") : null;
            keywords.Add(new IfThenElseKeyword(pointer + "/if", CompileAt(@if, pointer + "/if"), then, @else));
        }
    }

    private JsonSchema[] SchemaArray(JsonElement value, string pointer, string keyword)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new SchemaLoadException($"'{keyword}' at {pointer} must be a non-empty array of schemas.");
        }

        return value.EnumerateArray().Select((s, i) => CompileAt(s, $"{pointer}/{keyword}/{i}")).ToArray();
    }

    private JsonSchema ResolveRef(string reference, string from)
    {
        var fragment = reference;
        var hash = reference.IndexOf('#');
        var documentPart = hash >= 0 ? reference.Substring(0, hash) : reference;
        if (documentPart.Length > 0 && !IsSameDocument(documentPart))
        {
            throw new SchemaNotSupportedException($"The schema refers to '{reference}' ($ref at {from}): only references inside the same schema document are supported; copy the referenced schema under $defs.");
        }

        fragment = hash >= 0 ? reference.Substring(hash) : "#";
        if (fragment.Length > 1 && fragment[1] != '/')
        {
            var anchor = Uri.UnescapeDataString(fragment.Substring(1));
            if (!_anchors.TryGetValue(anchor, out var anchorPointer))
            {
                if (_dynamicAnchors.Contains(anchor))
                {
                    throw new SchemaNotSupportedException($"The schema refers to the $dynamicAnchor '{anchor}' ($ref at {from}); dynamic anchors are not supported (see docs/schema-validator.md).");
                }

                throw new SchemaLoadException($"The schema refers to the anchor '{anchor}' ($ref at {from}), which no $anchor defines.");
            }

            fragment = anchorPointer;
        }

        var target = Navigate(fragment, from);
        return CompileAt(target, CanonicalPointer(fragment));
    }

    private bool IsSameDocument(string uri)
    {
        var withoutFragment = uri.Split('#')[0];
        return withoutFragment.Length == 0 || (_baseUri != null && (withoutFragment == _baseUri || _baseUri.EndsWith("/" + withoutFragment, StringComparison.Ordinal)));
    }

    private JsonElement Navigate(string fragment, string from)
    {
        var current = _root;
        if (fragment == "#")
        {
            return current;
        }

        foreach (var rawToken in fragment.Substring(2).Split('/'))
        {
            var token = Uri.UnescapeDataString(rawToken).Replace("~1", "/").Replace("~0", "~");
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                throw new SchemaLoadException($"The schema's $ref '{fragment}' (at {from}) points at nothing: '{token}' does not exist.");
            }
        }

        return current;
    }

    private static string CanonicalPointer(string fragment)
    {
        if (fragment == "#")
        {
            return fragment;
        }

        var tokens = fragment.Substring(2).Split('/').Select(t => EscapePointer(Uri.UnescapeDataString(t).Replace("~1", "/").Replace("~0", "~")));
        return "#/" + string.Join("/", tokens);
    }

    private static string EscapePointer(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static string StringOf(JsonElement value, string pointer, string keyword) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new SchemaLoadException($"'{keyword}' at {pointer} must be a string.");

    private static double NumberOf(JsonElement value, string pointer, string keyword) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw new SchemaLoadException($"'{keyword}' at {pointer} must be a number.");

    private static long CountOf(JsonElement value, string pointer, string keyword)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d >= 0 && d == Math.Floor(d))
        {
            return (long)d;
        }

        throw new SchemaLoadException($"'{keyword}' at {pointer} must be a non-negative whole number.");
    }

    /// <summary>A keyword whose value has the wrong JSON type makes the schema unusable: said with the keyword's name, never as .NET's InvalidOperationException.</summary>
    private static void RequireKind(JsonElement value, JsonValueKind kind, string pointer, string keyword, string what)
    {
        if (value.ValueKind != kind)
        {
            throw new SchemaLoadException($"'{keyword}' at {pointer} must be {what}, not {Kind(value)}.");
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
