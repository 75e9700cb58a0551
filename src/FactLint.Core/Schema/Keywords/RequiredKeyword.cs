using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class RequiredKeyword : SchemaKeyword
{
    private readonly string[] _names;

    public RequiredKeyword(string location, string[] names)
        : base(location)
    {
        _names = names;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlMapping map)
        {
            return true;
        }

        var ok = true;
        foreach (var name in _names)
        {
            if (map.TryGetEntry(name, out _))
            {
                continue;
            }

            ok = false;
            if (!context.CollectsErrors)
            {
                return false;
            }

            var what = owner.Title != null ? $"{Articles.WithArticle(owner.Title)} needs" : "This mapping needs";
            context.Report(node, MappingHead(map), "required", Location, $"{what} the key '{name}'; add it.");
        }

        return ok;
    }

    /// <summary>A missing key is a fault of the whole mapping; its first key is the smallest span that shows which mapping.</summary>
    internal static Microsoft.CodeAnalysis.Text.TextSpan MappingHead(YamlMapping map) =>
        map.Entries.Count > 0 && !map.IsFlow ? map.Entries[0].Key.Span : map.Span;
}
