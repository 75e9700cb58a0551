using System.Globalization;
using FactLint.Syntax;

namespace FactLint.Model;

/// <summary>
/// A quantity as written: <c>29</c>, <c>{at_least: 25}</c>, <c>{at_most: 50}</c>,
/// <c>{approx: 1500, tolerance: 0.2}</c> or <c>{between: [13, 25]}</c>. The comparison rules turn
/// it into an interval; the model keeps the writer's form and the nodes for positions.
/// </summary>
public sealed class Figure
{
    public Figure(FigureForm form, YamlScalar low, YamlScalar high, double? tolerance, YamlNode node)
    {
        Form = form;
        LowNode = low;
        HighNode = high;
        Low = Number(low) ?? 0;
        High = Number(high) ?? 0;
        Tolerance = tolerance;
        Node = node;
    }

    public FigureForm Form { get; }

    /// <summary>The written number (the lower one for between).</summary>
    public double Low { get; }

    /// <summary>The written number (the upper one for between; equal to Low otherwise).</summary>
    public double High { get; }

    /// <summary>The tolerance written beside approx, if any.</summary>
    public double? Tolerance { get; }

    public YamlNode Node { get; }

    /// <summary>The scalar of the written number (the lower one for between).</summary>
    public YamlScalar LowNode { get; }

    /// <summary>The scalar of the upper number for between; the same scalar as <see cref="LowNode"/> otherwise.</summary>
    public YamlScalar HighNode { get; }

    /// <summary>The number of decimal places written (15 → 0, 15.5 → 1, 1.5e3 → 0): a continuous figure is rounded to its last written digit.</summary>
    public static int DecimalsWritten(YamlScalar number)
    {
        var text = number.Value;
        var exponent = 0;
        var e = text.IndexOf('e');
        if (e < 0)
        {
            e = text.IndexOf('E');
        }

        if (e >= 0)
        {
            int.TryParse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent);
            text = text.Substring(0, e);
        }

        var dot = text.IndexOf('.');
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return System.Math.Max(0, decimals - exponent);
    }

    /// <summary>Reads a value node as a figure; null when it is not one (the schema reports the shape).</summary>
    public static Figure? TryRead(YamlNode? value)
    {
        switch (value)
        {
            case YamlScalar s when s.IsNumber && s.TryGetDouble(out _):
                return new Figure(FigureForm.Exact, s, s, null, s);
            case YamlMapping m:
                double? tolerance = m.GetScalar("tolerance") is YamlScalar t && t.TryGetDouble(out var tv) ? tv : null;
                if (NumberNode(m.GetScalar("at_least")) is YamlScalar least)
                {
                    return new Figure(FigureForm.AtLeast, least, least, tolerance, m);
                }

                if (NumberNode(m.GetScalar("at_most")) is YamlScalar most)
                {
                    return new Figure(FigureForm.AtMost, most, most, tolerance, m);
                }

                if (NumberNode(m.GetScalar("approx")) is YamlScalar approx)
                {
                    return new Figure(FigureForm.Approx, approx, approx, tolerance, m);
                }

                if (m.GetSequence("between") is { Items.Count: 2 } between
                    && NumberNode(between.Items[0].Resolve() as YamlScalar) is YamlScalar lo
                    && NumberNode(between.Items[1].Resolve() as YamlScalar) is YamlScalar hi)
                {
                    return new Figure(FigureForm.Between, lo, hi, tolerance, m);
                }

                return null;
            default:
                return null;
        }
    }

    private static YamlScalar? NumberNode(YamlScalar? s) => Number(s) is double ? s : null;

    private static double? Number(YamlScalar? s) => s != null && s.IsNumber && s.TryGetDouble(out var d) ? d : null;

    /// <summary>The figure as a reader would say it, with the numbers as written: "at least 25", "between 13 and 25".</summary>
    public override string ToString()
    {
        var low = LowNode.Value;
        return Form switch
        {
            FigureForm.AtLeast => "at least " + low,
            FigureForm.AtMost => "at most " + low,
            FigureForm.Approx => "about " + low,
            FigureForm.Between => $"between {low} and {HighNode.Value}",
            _ => low,
        };
    }
}
