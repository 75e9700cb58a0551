using System;
using System.Globalization;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class MultipleOfKeyword : SchemaKeyword
{
    private readonly YamlScalar _divisor;

    public MultipleOfKeyword(string location, YamlScalar divisor)
        : base(location)
    {
        _divisor = divisor;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlScalar s || !s.IsNumber)
        {
            return true;
        }

        bool ok;
        if (s.TryGetDecimal(out var dv) && _divisor.TryGetDecimal(out var dd) && dd != 0)
        {
            ok = dv % dd == 0;
        }
        else if (s.TryGetDouble(out var v) && _divisor.TryGetDouble(out var d) && d != 0)
        {
            var q = v / d;
            ok = !double.IsInfinity(q) && Math.Abs(q - Math.Round(q)) < 1e-9;
        }
        else
        {
            ok = false;
        }

        if (!ok)
        {
            context.Report(node, "multipleOf", Location, $"The number {s.Value} must be a multiple of {_divisor.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return ok;
    }
}
