using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class NotKeyword : SchemaKeyword
{
    private readonly JsonSchema _schema;

    public NotKeyword(string location, JsonSchema schema)
        : base(location)
    {
        _schema = schema;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (!_schema.Evaluate(node, context.Probe(collect: false)))
        {
            return true;
        }

        context.Report(node, "not", Location, $"{InstanceTypes.DescribeValue(node)} is of a form that is not allowed here.");
        return false;
    }
}
