using System.Collections.Generic;
using System.Linq;
using FactLint.Syntax;
using FactLint.Text;

namespace FactLint.Schema.Keywords;

internal sealed class EnumKeyword : SchemaKeyword
{
    private readonly YamlNode[] _values;

    public EnumKeyword(string location, YamlNode[] values)
        : base(location)
    {
        _values = values;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        foreach (var v in _values)
        {
            if (JsonEquality.AreEqual(node, v))
            {
                return true;
            }
        }

        if (context.CollectsErrors)
        {
            var options = _values.Select(v => v is YamlScalar s ? s.Value : JsonEquality.CanonicalKey(v)).ToList();
            var suggestion = node is YamlScalar sc ? Suggest(sc.Value, options) : null;
            var hint = suggestion != null ? $" Did you mean '{suggestion}'?" : string.Empty;
            context.Report(node, "enum", Location, $"{Capitalise(InstanceTypes.DescribeValue(node))} is not allowed here; use one of: {string.Join(", ", options)}.{hint}");
        }

        return false;
    }

    private static string? Suggest(string value, IEnumerable<string> options) => Spelling.ClosestMatch(value, options);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
}
