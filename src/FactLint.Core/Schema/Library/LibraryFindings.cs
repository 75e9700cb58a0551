using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FactLint.Schema.Keywords;
using FactLint.Syntax;
using Json.Schema;

namespace FactLint.Schema.Library;

/// <summary>
/// Turns JsonSchema.Net's hierarchical results into FactLint's schema errors, worded as FactLint's
/// own validator words them: a failed assertion (type, enum, required…) is re-checked on its node
/// by FactLint's keyword of that name, so the message and the span are the ones users know; an
/// unknown key points at the key; <c>errorMessage</c> replaces what fails beneath it; a failed
/// anyOf/oneOf reports the branch that came closest. What has no FactLint wording keeps the
/// library's sentence.
/// </summary>
internal sealed class LibraryFindings
{
    /// <summary>Keywords that judge the value alone (no subschemas), so a schema of that keyword alone gives the same verdict.</summary>
    private static readonly HashSet<string> Assertions = new(StringComparer.Ordinal)
    {
        "type", "enum", "const", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "required", "dependentRequired",
    };

    private readonly SchemaResources _resources;

    /// <summary>One-keyword schemas by location and keyword, compiled once per schema and shared by threads.</summary>
    private readonly ConcurrentDictionary<string, JsonSchema?> _wording = new(StringComparer.Ordinal);

    public LibraryFindings(SchemaResources resources)
    {
        _resources = resources;
    }

    /// <summary>
    /// Every error of a failed evaluation. When a subschema fails, 2020-12 drops its annotations,
    /// so the keys it did evaluate turn up as unevaluated too: an unevaluated key the schema declares
    /// somewhere is left out while another error stands in the same mapping, as the real fault is
    /// that other error. A key the schema declares nowhere is reported whatever else fails.
    /// </summary>
    public void CollectAll(EvaluationResults result, YamlNode root, List<SchemaError> errors)
    {
        var unevaluated = new List<(SchemaError Error, YamlNode Mapping)>();
        Collect(result, root, errors, unevaluated);
        var others = errors.Where(e => e.Keyword is not ("unevaluatedProperties" or "unevaluatedItems")).ToList();
        foreach (var (error, mapping) in unevaluated)
        {
            if (error.Node is YamlScalar key && _resources.Declares(key.Value) && others.Any(o => mapping.Span.Contains(o.Span)))
            {
                errors.Remove(error);
            }
        }
    }

    private void Collect(EvaluationResults result, YamlNode root, List<SchemaError> errors, List<(SchemaError, YamlNode)> unevaluated)
    {
        if (result.IsValid)
        {
            return;
        }

        var schema = _resources.Find(result.SchemaLocation);
        var location = result.SchemaLocation?.ToString() ?? "#";
        var (node, key, parent) = InstancePointer.Find(root, PointerText(result.InstanceLocation.ToString()));
        if (schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("errorMessage", out var custom) && custom.ValueKind == JsonValueKind.String)
        {
            errors.Add(new SchemaError(node, node.Span, "errorMessage", location, custom.GetString()!));
            return;
        }

        var children = result.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>();
        var parentPath = result.EvaluationPath.ToString();
        var branches = children.GroupBy(c => FirstStep(parentPath, c)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        if (result.Errors != null)
        {
            foreach (var pair in result.Errors)
            {
                if (pair.Key is "anyOf" or "oneOf" && branches.TryGetValue(pair.Key, out var tried) && tried.All(b => !b.IsValid))
                {
                    continue;
                }

                if (pair.Key.Length == 0)
                {
                    var error = FalseSchema(result, node, key, location);
                    errors.Add(error);
                    if (error.Keyword == "unevaluatedProperties" && parent != null)
                    {
                        unevaluated.Add((error, parent));
                    }

                    continue;
                }

                Report(pair.Key, pair.Value, schema, location, node, errors);
            }
        }

        foreach (var group in branches)
        {
            switch (group.Key)
            {
                case "anyOf" or "oneOf" when group.Value.All(b => !b.IsValid):
                    ReportClosest(group.Key, group.Value, node, location, root, errors, unevaluated);
                    break;
                case "anyOf" or "oneOf" or "not" or "if" or "contains":
                    // Branches that failed inside an applicator that passed (or whose own error was reported) are not errors.
                    break;
                default:
                    foreach (var child in group.Value)
                    {
                        Collect(child, root, errors, unevaluated);
                    }

                    break;
            }
        }
    }

    private static string PointerText(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return string.Empty;
        }

        return pointer![0] == '#' ? Uri.UnescapeDataString(pointer.Substring(1)) : pointer;
    }

    /// <summary>The keyword through which a child result was reached from its parent ("properties", "anyOf", "$ref").</summary>
    private static string FirstStep(string parentPath, EvaluationResults child)
    {
        var path = child.EvaluationPath.ToString();
        if (!path.StartsWith(parentPath, StringComparison.Ordinal) || path.Length <= parentPath.Length + 1)
        {
            return string.Empty;
        }

        var rest = path.Substring(parentPath.Length + 1);
        var slash = rest.IndexOf('/');
        return slash < 0 ? rest : rest.Substring(0, slash);
    }

    private static string LastStep(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var slash = path!.LastIndexOf('/');
        return path.Substring(slash + 1);
    }

    private void Report(string keyword, string libraryMessage, JsonElement? schema, string location, YamlNode node, List<SchemaError> errors)
    {
        if (schema is { ValueKind: JsonValueKind.Object } s && Assertions.Contains(keyword) && Wording(s, keyword, location) is JsonSchema alone)
        {
            var found = alone.Validate(node);
            if (found.Count > 0)
            {
                errors.AddRange(found.Select(e => e with { SchemaLocation = location }));
                return;
            }
        }

        if (keyword == "format" && schema is { ValueKind: JsonValueKind.Object } f && f.TryGetProperty("format", out var form) && form.ValueKind == JsonValueKind.String)
        {
            errors.Add(new SchemaError(node, node.Span, keyword, location, $"{Capitalised(InstanceTypes.DescribeValue(node))} is not in the form '{form.GetString()}' the schema asks for; write it as a valid {form.GetString()}."));
            return;
        }

        if (keyword == "oneOf")
        {
            errors.Add(new SchemaError(node, node.Span, keyword, location, "This value fits more than one of the allowed forms at once, but must fit exactly one; remove what makes it ambiguous."));
            return;
        }

        errors.Add(new SchemaError(node, node.Span, keyword, location, $"{Capitalised(InstanceTypes.DescribeValue(node))} fails '{keyword}': {Sentence(libraryMessage)}"));
    }

    /// <summary>A false schema applied to a key no other keyword allowed (additionalProperties, unevaluatedProperties: false) is an unknown key.</summary>
    private SchemaError FalseSchema(EvaluationResults result, YamlNode node, YamlNode? key, string location)
    {
        var via = LastStep(result.EvaluationPath.ToString());
        if (key is YamlScalar name && via is "additionalProperties" or "unevaluatedProperties")
        {
            var owner = _resources.Find(Parent(result.SchemaLocation));
            string? title = null;
            var known = new List<string>();
            if (owner is { ValueKind: JsonValueKind.Object } o)
            {
                title = o.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (via == "additionalProperties" && o.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
                {
                    known.AddRange(props.EnumerateObject().Select(p => p.Name));
                }
            }

            // The keys unevaluatedProperties allows are spread over allOf, $ref and the rest: no list of them would be whole,
            // so the message only suggests the closest key the schema declares anywhere.
            if (via == "unevaluatedProperties" && _resources.ClosestDeclared(name.Value) is string closest)
            {
                known.Add(closest);
            }

            return new SchemaError(key, key.Span, via, location, PropertiesKeyword.UnknownKeyMessage(name.Value, title, known));
        }

        if (via is "items" or "unevaluatedItems" or "additionalItems")
        {
            return new SchemaError(node, node.Span, via, location, "This list allows no item here; remove it.");
        }

        return new SchemaError(node, node.Span, "false", location, "No value is allowed here; remove it.");
    }

    private void ReportClosest(string keyword, List<EvaluationResults> tried, YamlNode node, string location, YamlNode root, List<SchemaError> errors, List<(SchemaError, YamlNode)> unevaluated)
    {
        List<SchemaError>? best = null;
        var types = new List<string>();
        foreach (var branch in tried)
        {
            var found = new List<SchemaError>();
            Collect(branch, root, found, unevaluated);
            var typeOnly = found.Count == 1 && found[0].Keyword == "type" && ReferenceEquals(found[0].Node, node);
            if (typeOnly && _resources.Find(branch.SchemaLocation) is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
            {
                types.Add(t.GetString()!);
            }

            if (typeOnly || found.Count == 0)
            {
                continue;
            }

            if (best == null || found.Count < best.Count)
            {
                best = found;
            }
        }

        if (best != null)
        {
            errors.AddRange(best);
            return;
        }

        var message = types.Count > 0
            ? $"Expected {string.Join(" or ", types.Distinct(StringComparer.Ordinal).Select(InstanceTypes.Describe))}, found {InstanceTypes.DescribeValue(node)}."
            : $"{Capitalised(InstanceTypes.DescribeValue(node))} matches none of the allowed forms.";
        errors.Add(new SchemaError(node, node.Span, keyword, location, message));
    }

    /// <summary>FactLint's own schema of one keyword (with the schema's title, which messages name), or null when it cannot be had.</summary>
    private JsonSchema? Wording(JsonElement schema, string keyword, string location) =>
        _wording.GetOrAdd(location + "\u0000" + keyword, _ =>
        {
            try
            {
                using var buffer = new System.IO.MemoryStream();
                using (var w = new Utf8JsonWriter(buffer))
                {
                    w.WriteStartObject();
                    if (schema.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                    {
                        w.WritePropertyName("title");
                        title.WriteTo(w);
                    }

                    w.WritePropertyName(keyword);
                    schema.GetProperty(keyword).WriteTo(w);
                    w.WriteEndObject();
                }

                using var doc = JsonDocument.Parse(buffer.ToArray());
                return SchemaCompiler.Compile(doc.RootElement);
            }
#pragma warning disable CA1031 // A keyword FactLint cannot word keeps the library's sentence; the verdict is the library's either way.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                return null;
            }
        });

    private static Uri? Parent(Uri? location)
    {
        if (location == null)
        {
            return null;
        }

        var text = location.ToString();
        var slash = text.LastIndexOf('/');
        var hash = text.IndexOf('#');
        return hash >= 0 && slash > hash ? new Uri(text.Substring(0, slash)) : null;
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    private static string Sentence(string s) => s.EndsWith(".", StringComparison.Ordinal) ? s : s + ".";
}
