using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>contains with minContains / maxContains (minContains defaults to 1; 0 disables the check).</summary>
internal sealed class ContainsKeyword : SchemaKeyword
{
    private readonly JsonSchema _schema;
    private readonly long _min;
    private readonly long? _max;

    public ContainsKeyword(string location, JsonSchema schema, long min, long? max)
        : base(location)
    {
        _schema = schema;
        _min = min;
        _max = max;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlSequence seq)
        {
            return true;
        }

        var probe = context.Probe(collect: false);
        var count = 0;
        foreach (var item in seq.Items)
        {
            if (_schema.Evaluate(item, probe))
            {
                count++;
            }
        }

        if (count < _min)
        {
            context.Report(node, "contains", Location, _min == 1
                ? "No item of this list matches what the schema requires the list to contain."
                : $"Only {count} items of this list match the required kind; at least {_min} must.");
            return false;
        }

        if (_max is long max && count > max)
        {
            context.Report(node, "maxContains", Location, $"{count} items of this list match the kind limited to at most {max}.");
            return false;
        }

        return true;
    }
}
