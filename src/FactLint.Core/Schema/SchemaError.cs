using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Schema;

/// <summary>One way an instance fails a schema: the node at fault, the span to underline, the keyword and a readable message.</summary>
public sealed record SchemaError(YamlNode Node, TextSpan Span, string Keyword, string SchemaLocation, string Message);
