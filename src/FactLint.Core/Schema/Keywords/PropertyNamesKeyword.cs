using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class PropertyNamesKeyword : SchemaKeyword
{
    private readonly JsonSchema _schema;

    public PropertyNamesKeyword(string location, JsonSchema schema)
        : base(location)
    {
        _schema = schema;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlMapping map)
        {
            return true;
        }

        var ok = true;
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Resolve() as YamlScalar;
            var asString = new YamlScalar(key?.Value ?? string.Empty, ScalarType.String, false, entry.Key.Span);
            if (!_schema.Evaluate(asString, context))
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
