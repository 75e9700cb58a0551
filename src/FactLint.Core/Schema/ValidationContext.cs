using System.Collections.Generic;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Schema;

/// <summary>
/// Carries what one validation needs. When <see cref="Errors"/> is null the caller wants only a
/// yes/no (inside anyOf, oneOf, not, if, contains), so keywords stop at the first failure and
/// build no messages: the common, valid path allocates nothing.
/// </summary>
public sealed class ValidationContext
{
    private const int MaxDepth = 512;

    internal ValidationContext(List<SchemaError>? errors)
    {
        Errors = errors;
    }

    public List<SchemaError>? Errors { get; }

    public bool CollectsErrors => Errors != null;

    internal int Depth { get; set; }

    internal static int DepthLimit => MaxDepth;

    internal void Report(YamlNode node, string keyword, string schemaLocation, string message) =>
        Report(node, node.Span, keyword, schemaLocation, message);

    internal void Report(YamlNode node, TextSpan span, string keyword, string schemaLocation, string message) =>
        Errors?.Add(new SchemaError(node, span, keyword, schemaLocation, message));

    /// <summary>A context of the same mode whose errors go to a fresh list (or nowhere).</summary>
    internal ValidationContext Probe(bool collect) => new(collect ? new List<SchemaError>() : null) { Depth = Depth };
}
