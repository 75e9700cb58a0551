using System.Globalization;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>minimum, maximum, exclusiveMinimum, exclusiveMaximum: one bound each.</summary>
internal sealed class NumericRangeKeyword : SchemaKeyword
{
    private readonly string _keyword;
    private readonly double _limit;
    private readonly bool _isMinimum;
    private readonly bool _exclusive;

    public NumericRangeKeyword(string location, string keyword, double limit, bool isMinimum, bool exclusive)
        : base(location)
    {
        _keyword = keyword;
        _limit = limit;
        _isMinimum = isMinimum;
        _exclusive = exclusive;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlScalar s || !s.IsNumber || !s.TryGetDouble(out var value))
        {
            return true;
        }

        var ok = _isMinimum
            ? (_exclusive ? value > _limit : value >= _limit)
            : (_exclusive ? value < _limit : value <= _limit);
        if (!ok)
        {
            var relation = _isMinimum ? (_exclusive ? "greater than" : "at least") : (_exclusive ? "less than" : "at most");
            context.Report(node, _keyword, Location, $"The number {s.Value} is out of range: it must be {relation} {_limit.ToString(CultureInfo.InvariantCulture)}.");
        }

        return ok;
    }
}
