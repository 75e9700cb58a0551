using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class DependentSchemasKeyword : SchemaKeyword
{
    private readonly Dictionary<string, JsonSchema> _schemas;

    public DependentSchemasKeyword(string location, Dictionary<string, JsonSchema> schemas)
        : base(location)
    {
        _schemas = schemas;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlMapping map)
        {
            return true;
        }

        var ok = true;
        foreach (var pair in _schemas)
        {
            if (map.TryGetEntry(pair.Key, out _) && !pair.Value.Evaluate(node, context))
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
