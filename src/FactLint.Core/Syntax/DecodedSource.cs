using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>The text of a file and, when its bytes were not clean text, the reason.</summary>
public readonly struct DecodedSource
{
    public DecodedSource(SourceText text, SyntaxError? error, bool isText)
    {
        Text = text;
        Error = error;
        IsText = isText;
    }

    public SourceText Text { get; }

    public SyntaxError? Error { get; }

    /// <summary>False when the content was rejected outright (binary, too large): there is nothing to parse.</summary>
    public bool IsText { get; }
}
