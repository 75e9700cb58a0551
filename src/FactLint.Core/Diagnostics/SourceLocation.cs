using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.Diagnostics;

/// <summary>A span in one file of the corpus. Line/column are derived from the text, never stored twice.</summary>
public sealed class SourceLocation
{
    public SourceLocation(string path, SourceText text, TextSpan span)
    {
        Path = path;
        Text = text;
        Span = span;
    }

    /// <summary>Path relative to the workspace root, with forward slashes.</summary>
    public string Path { get; }

    public SourceText Text { get; }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan => LineMap.Of(Text).GetLinePositionSpan(Span);
}
