using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class AnyOfKeyword : SchemaKeyword
{
    private readonly JsonSchema[] _schemas;

    public AnyOfKeyword(string location, JsonSchema[] schemas)
        : base(location)
    {
        _schemas = schemas;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        var probe = context.Probe(collect: false);
        foreach (var s in _schemas)
        {
            if (s.Evaluate(node, probe))
            {
                return true;
            }
        }

        if (context.CollectsErrors)
        {
            BranchErrors.ReportClosest(node, _schemas, context, "anyOf", Location);
        }

        return false;
    }
}
