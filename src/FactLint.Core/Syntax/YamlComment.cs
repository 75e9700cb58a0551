using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>A YAML comment: its span starts at '#'; <see cref="Text"/> is what follows it.</summary>
public readonly struct YamlComment
{
    public YamlComment(TextSpan span, string text, bool isWholeLine)
    {
        Span = span;
        Text = text;
        IsWholeLine = isWholeLine;
    }

    public TextSpan Span { get; }

    public string Text { get; }

    /// <summary>True when nothing but white space precedes the comment on its line.</summary>
    public bool IsWholeLine { get; }
}
