using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Schema;

/// <summary>
/// A compiled JSON Schema (draft 2020-12, with draft-04..07 spellings understood) that validates
/// YAML nodes, so that every error points at the node in the fact file.
/// </summary>
public sealed class JsonSchema : IDocumentSchema
{
    private SchemaKeyword[] _keywords = System.Array.Empty<SchemaKeyword>();

    internal JsonSchema(string location, bool? booleanSchema = null)
    {
        Location = location;
        BooleanSchema = booleanSchema;
    }

    /// <summary>JSON pointer of this schema inside its document ("#", "#/$defs/claim").</summary>
    public string Location { get; }

    internal bool? BooleanSchema { get; }

    /// <summary>The dialect the document declares (set on the document's root schema).</summary>
    internal SchemaDialect Dialect { get; set; }

    /// <summary>The schema's <c>title</c>, used to name the thing a message is about ("a claim").</summary>
    public string? Title { get; internal set; }

    /// <summary>A custom message (the <c>errorMessage</c> keyword, as in ajv-errors) replacing this level's own errors.</summary>
    public string? ErrorMessage { get; internal set; }

    /// <summary>The single <c>type</c> this schema declares, if it declares exactly one (for messages).</summary>
    internal string? DeclaredType { get; set; }

    /// <summary>Keys listed under <c>properties</c>, for "did you mean" suggestions.</summary>
    internal IReadOnlyCollection<string> KnownProperties { get; set; } = System.Array.Empty<string>();

    internal void SetKeywords(SchemaKeyword[] keywords) => _keywords = keywords;

    /// <summary>Validates a whole document; returns every error found (empty when valid).</summary>
    public IReadOnlyList<SchemaError> Validate(YamlNode? instance)
    {
        var errors = new List<SchemaError>();
        var root = instance ?? new YamlScalar(string.Empty, ScalarType.Null, true, default);
        Evaluate(root, new ValidationContext(errors));
        return errors;
    }

    public bool IsValid(YamlNode? instance)
    {
        var root = instance ?? new YamlScalar(string.Empty, ScalarType.Null, true, default);
        return Evaluate(root, new ValidationContext(null));
    }

    internal bool Evaluate(YamlNode node, ValidationContext context)
    {
        var resolved = node.Resolve() ?? new YamlScalar(string.Empty, ScalarType.Null, true, node.Span);
        if (BooleanSchema is bool b)
        {
            if (!b)
            {
                context.Report(resolved, "false", Location, "No value is allowed here; remove it.");
            }

            return b;
        }

        if (context.Depth > ValidationContext.DepthLimit)
        {
            context.Report(resolved, "$ref", Location, "The schema recurses too deeply on this value; the schema probably has a reference cycle.");
            return false;
        }

        context.Depth++;
        try
        {
            var errorsBefore = context.Errors?.Count ?? 0;
            var valid = true;
            foreach (var keyword in _keywords)
            {
                if (!keyword.Validate(resolved, this, context))
                {
                    valid = false;
                    if (!context.CollectsErrors)
                    {
                        return false;
                    }
                }
            }

            if (!valid && ErrorMessage != null && context.Errors != null)
            {
                context.Errors.RemoveRange(errorsBefore, context.Errors.Count - errorsBefore);
                context.Report(resolved, "errorMessage", Location, ErrorMessage);
            }

            return valid;
        }
        finally
        {
            context.Depth--;
        }
    }
}
