using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analyzers.Reporting;

/// <summary>One edit of a carried fix: the absolute path as the compiler spelled it, the span, the text it replaces and the new text.</summary>
internal sealed class CarriedEdit
{
    public CarriedEdit(string path, TextSpan span, string oldText, string newText)
    {
        Path = path;
        Span = span;
        OldText = oldText;
        NewText = newText;
    }

    public string Path { get; }

    public TextSpan Span { get; }

    public string OldText { get; }

    public string NewText { get; }
}
