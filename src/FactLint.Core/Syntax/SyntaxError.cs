using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>A problem found while reading a file: becomes an FL1001 diagnostic.</summary>
public readonly struct SyntaxError
{
    public SyntaxError(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public TextSpan Span { get; }

    public string Message { get; }
}
