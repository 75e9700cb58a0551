using System.Linq;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class TypeKeyword : SchemaKeyword
{
    private readonly string[] _types;

    public TypeKeyword(string location, string[] types)
        : base(location)
    {
        _types = types;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        foreach (var t in _types)
        {
            if (InstanceTypes.Matches(node, t))
            {
                return true;
            }
        }

        if (context.CollectsErrors)
        {
            var expected = string.Join(" or ", _types.Select(InstanceTypes.Describe));
            var what = owner.Title != null ? $" for {owner.Title}" : string.Empty;
            context.Report(node, "type", Location, $"Expected {expected}{what}, found {InstanceTypes.DescribeValue(node)}.");
        }

        return false;
    }
}
