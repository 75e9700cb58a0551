using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactLint.Syntax;
using Json.Schema;
using FactLint.Schema.Library.FormatAssertion;
using LibraryJsonSchema = Json.Schema.JsonSchema;

namespace FactLint.Schema.Library;

/// <summary>
/// A workspace schema validated by JsonSchema.Net 8 (all of draft 2020-12, 2019-09, -07, -06), for
/// the schemas FactLint's own validator refuses. The YAML tree is written as JSON for it, and its
/// results are mapped back to the YAML nodes at fault (<see cref="LibraryFindings"/>).
/// </summary>
public sealed class LibrarySchema : IDocumentSchema
{
    /// <summary>Where JsonSchema.Net places a schema document without an absolute <c>$id</c>; never fetched (.invalid cannot resolve).</summary>
    private static readonly Uri DocumentBase = new("https://factlint.invalid/workspace-schema.json");

    private readonly LibraryJsonSchema _schema;
    private readonly LibraryFindings _findings;
    private readonly bool _assertFormats;

    private LibrarySchema(LibraryJsonSchema schema, SchemaResources resources, bool assertFormats)
    {
        _schema = schema;
        _findings = new LibraryFindings(resources);
        _assertFormats = assertFormats;
    }

    /// <summary>Builds a schema FactLint's validator refused (<paramref name="refusal"/> says why).</summary>
    /// <exception cref="SchemaNotSupportedException">JsonSchema.Net cannot use it either, or it needs another document.</exception>
    /// <exception cref="SchemaLoadException">A keyword's value is not what the keyword needs.</exception>
    /// <param name="assertFormats">Whether <c>format</c> is checked (<c>schema_format: assert</c>) rather than an annotation.</param>
    public static LibrarySchema Build(string json, SchemaNotSupportedException refusal, bool assertFormats = false)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        var root = document.RootElement.Clone();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$schema", out var dialect) && dialect.ValueKind == JsonValueKind.String
            && dialect.GetString()!.TrimEnd('#') == "http://json-schema.org/draft-04/schema")
        {
            // JsonSchema.Net 8 has no draft-04: FactLint's reason is the whole answer.
            throw refusal;
        }

        var resources = SchemaResources.Read(root, DocumentBase);
        try
        {
            return new LibrarySchema(LibraryJsonSchema.Build(root, LibraryDialects.Options(), DocumentBase), resources, assertFormats);
        }
        catch (Exception ex) when (ex is SchemaLoadException or SchemaNotSupportedException)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever JsonSchema.Net throws on a schema, the user is told at the config's line; FactLint's own refusal comes first, as it names the keyword.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new SchemaNotSupportedException($"{refusal.Message} JsonSchema.Net cannot use it either: {ex.Message}", ex);
        }
    }

    public bool IsValid(YamlNode? instance) => Evaluate(instance, collect: false).Count == 0;

    public IReadOnlyList<SchemaError> Validate(YamlNode? instance) => Evaluate(instance, collect: true);

    private IReadOnlyList<SchemaError> Evaluate(YamlNode? instance, bool collect)
    {
        var root = instance?.Resolve() ?? new YamlScalar(string.Empty, ScalarType.Null, true, instance?.Span ?? default);
        JsonDocument json;
        try
        {
            json = YamlAsJson.Write(root);
        }
        catch (YamlAsJson.TooLargeException)
        {
            return One(root, "$schema", $"This document is too large for this schema ({YamlAsJson.MaxValues:N0} values, counting what its aliases repeat); split it, or write the repeated parts out fewer times.");
        }

        using (json)
        {
            try
            {
                var verdict = _schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = _assertFormats, FormatRegistry = FormatChecks.Registry });
                if (verdict.IsValid)
                {
                    return Array.Empty<SchemaError>();
                }

                if (!collect)
                {
                    return One(root, "$schema", "invalid");
                }

                var results = _schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = _assertFormats, FormatRegistry = FormatChecks.Registry });
                var errors = new List<SchemaError>();
                _findings.CollectAll(results, root, errors);
                return errors.Count > 0 ? errors : One(root, "$schema", "This document does not fit the schema, and the validator named no part of it; check the schema.");
            }
            catch (RegexMatchTimeoutException ex)
            {
                return One(root, "pattern", $"Checking this document against the pattern {ex.Pattern} took too long; simplify the schema's pattern.");
            }
            catch (RefResolutionException ex)
            {
                return One(root, "$ref", $"A reference of the schema could not be followed ({ex.Message}); check its $ref values.");
            }
#pragma warning disable CA1031 // A schema that fails in the library is a finding on the document, never a crash of the run.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                return One(root, "$schema", $"The schema could not be applied to this document: {ex.Message}");
            }
        }
    }

    private static SchemaError[] One(YamlNode node, string keyword, string message) =>
        new[] { new SchemaError(node, node.Span, keyword, "#", message) };
}
