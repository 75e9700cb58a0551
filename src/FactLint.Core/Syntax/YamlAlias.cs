using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>
/// An alias (<c>*name</c>). It is kept as a reference, never expanded into a copy, so that an
/// alias bomb costs one node per alias rather than exponential memory.
/// </summary>
public sealed class YamlAlias : YamlNode
{
    public YamlAlias(string name, YamlNode? target, TextSpan span)
        : base(span, anchor: null, tag: null)
    {
        Name = name;
        Target = target;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Alias;

    public string Name { get; }

    /// <summary>The anchored node; null when the anchor was unknown or the alias was cut off by the expansion budget.</summary>
    public YamlNode? Target { get; internal set; }

    public override YamlNode? Resolve() => Target;
}
