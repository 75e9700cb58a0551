using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, bool isFlow, TextSpan span, string? anchor = null, string? tag = null)
        : base(span, anchor, tag)
    {
        Items = items;
        IsFlow = isFlow;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Sequence;

    public IReadOnlyList<YamlNode> Items { get; }

    public bool IsFlow { get; }
}
