using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>minItems / maxItems.</summary>
internal sealed class ItemCountKeyword : SchemaKeyword
{
    private readonly long _limit;
    private readonly bool _isMinimum;

    public ItemCountKeyword(string location, long limit, bool isMinimum)
        : base(location)
    {
        _limit = limit;
        _isMinimum = isMinimum;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlSequence seq)
        {
            return true;
        }

        var count = seq.Items.Count;
        var ok = _isMinimum ? count >= _limit : count <= _limit;
        if (!ok)
        {
            var message = _isMinimum
                ? (count == 0 ? $"This list is empty; it needs at least {_limit} item{(_limit == 1 ? string.Empty : "s")}." : $"This list has {count} items; it needs at least {_limit}.")
                : $"This list has {count} items; it may have at most {_limit}.";
            context.Report(node, _isMinimum ? "minItems" : "maxItems", Location, message);
        }

        return ok;
    }
}
