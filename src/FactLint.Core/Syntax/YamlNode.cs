using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>
/// A node of the positioned YAML tree. Every node knows its exact span in the file's
/// <see cref="SourceText"/>, so that any finding about it can be underlined precisely.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(TextSpan span, string? anchor, string? tag)
    {
        Span = span;
        Anchor = anchor;
        Tag = tag;
    }

    public TextSpan Span { get; internal set; }

    /// <summary>The anchor name (without '&amp;'), if the node defines one.</summary>
    public string? Anchor { get; }

    /// <summary>The explicit tag, if any (e.g. "tag:yaml.org,2002:str" or "!").</summary>
    public string? Tag { get; }

    public abstract YamlNodeKind Kind { get; }

    /// <summary>
    /// The node this one stands for: an alias resolves to the node it refers to (or to null
    /// when it could not be resolved); every other node is itself.
    /// </summary>
    public virtual YamlNode? Resolve() => this;
}
