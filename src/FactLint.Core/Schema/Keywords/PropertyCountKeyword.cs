using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>minProperties / maxProperties.</summary>
internal sealed class PropertyCountKeyword : SchemaKeyword
{
    private readonly long _limit;
    private readonly bool _isMinimum;

    public PropertyCountKeyword(string location, long limit, bool isMinimum)
        : base(location)
    {
        _limit = limit;
        _isMinimum = isMinimum;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlMapping map)
        {
            return true;
        }

        var count = map.Entries.Count;
        var ok = _isMinimum ? count >= _limit : count <= _limit;
        if (!ok)
        {
            var message = _isMinimum
                ? $"This mapping has {count} keys; it needs at least {_limit}."
                : $"This mapping has {count} keys; it may have at most {_limit}.";
            context.Report(node, _isMinimum ? "minProperties" : "maxProperties", Location, message);
        }

        return ok;
    }
}
