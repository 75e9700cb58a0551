using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>
/// A node of the positioned YAML tree. Every node knows its exact span in the file's
/// <see cref="SourceText"/>, so that any finding about it can be underlined precisely.
/// </summary>
public abstract class YamlNode
{
    // Anchors and tags are rare in fact files: one reference, usually null, instead of two on
    // every node keeps the tree (a million nodes for 50,000 claims) smaller for the collector.
    private readonly Decoration? _decoration;

    private protected YamlNode(TextSpan span, string? anchor, string? tag)
    {
        Span = span;
        _decoration = anchor == null && tag == null ? null : new Decoration(anchor, tag);
    }

    public TextSpan Span { get; internal set; }

    /// <summary>The anchor name (without '&amp;'), if the node defines one.</summary>
    public string? Anchor => _decoration?.Anchor;

    /// <summary>The explicit tag, if any (e.g. "tag:yaml.org,2002:str" or "!").</summary>
    public string? Tag => _decoration?.Tag;

    public abstract YamlNodeKind Kind { get; }

    /// <summary>
    /// The node this one stands for: an alias resolves to the node it refers to (or to null
    /// when it could not be resolved); every other node is itself.
    /// </summary>
    public virtual YamlNode? Resolve() => this;

    private sealed class Decoration
    {
        public Decoration(string? anchor, string? tag)
        {
            Anchor = anchor;
            Tag = tag;
        }

        public string? Anchor { get; }

        public string? Tag { get; }
    }
}
