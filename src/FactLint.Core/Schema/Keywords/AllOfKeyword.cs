using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class AllOfKeyword : SchemaKeyword
{
    private readonly JsonSchema[] _schemas;

    public AllOfKeyword(string location, JsonSchema[] schemas)
        : base(location)
    {
        _schemas = schemas;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        var ok = true;
        foreach (var s in _schemas)
        {
            if (!s.Evaluate(node, context))
            {
                ok = false;
                if (!context.CollectsErrors)
                {
                    return false;
                }
            }
        }

        return ok;
    }
}
