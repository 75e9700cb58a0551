using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class ConstKeyword : SchemaKeyword
{
    private readonly YamlNode _value;

    public ConstKeyword(string location, YamlNode value)
        : base(location)
    {
        _value = value;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (JsonEquality.AreEqual(node, _value))
        {
            return true;
        }

        var expected = _value is YamlScalar s ? s.Value : JsonEquality.CanonicalKey(_value);
        context.Report(node, "const", Location, $"Expected exactly {expected}, found {InstanceTypes.DescribeValue(node)}.");
        return false;
    }
}
