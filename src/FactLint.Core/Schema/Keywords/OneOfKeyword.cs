using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class OneOfKeyword : SchemaKeyword
{
    private readonly JsonSchema[] _schemas;

    public OneOfKeyword(string location, JsonSchema[] schemas)
        : base(location)
    {
        _schemas = schemas;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        var probe = context.Probe(collect: false);
        var matches = 0;
        foreach (var s in _schemas)
        {
            if (s.Evaluate(node, probe))
            {
                matches++;
            }
        }

        if (matches == 1)
        {
            return true;
        }

        if (context.CollectsErrors)
        {
            if (matches == 0)
            {
                BranchErrors.ReportClosest(node, _schemas, context, "oneOf", Location);
            }
            else
            {
                context.Report(node, "oneOf", Location, $"This value fits {matches} of the allowed forms at once, but must fit exactly one; remove what makes it ambiguous.");
            }
        }

        return false;
    }
}
