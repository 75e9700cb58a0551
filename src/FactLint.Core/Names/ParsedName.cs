using System.Collections.Generic;
using System.Linq;

namespace FactLint.Names;

/// <summary>A name read into its elements, with honorifics and connecting particles left out.</summary>
public sealed class ParsedName
{
    public ParsedName(string text, IReadOnlyList<NameToken> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public IReadOnlyList<NameToken> Tokens { get; }

    public bool HasPatronymic => Tokens.Any(t => t.Kind == NameTokenKind.Patronymic);

    public override string ToString() => Text;
}
