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
    public Figure(FigureForm form, double low, double high, double? tolerance, YamlNode node)
    {
        Form = form;
        Low = low;
        High = high;
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

    /// <summary>Reads a value node as a figure; null when it is not one (the schema reports the shape).</summary>
    public static Figure? TryRead(YamlNode? value)
    {
        switch (value)
        {
            case YamlScalar s when s.IsNumber && s.TryGetDouble(out var n):
                return new Figure(FigureForm.Exact, n, n, null, s);
            case YamlMapping m:
                double? tolerance = m.GetScalar("tolerance") is YamlScalar t && t.TryGetDouble(out var tv) ? tv : null;
                if (Number(m.GetScalar("at_least")) is double least)
                {
                    return new Figure(FigureForm.AtLeast, least, least, tolerance, m);
                }

                if (Number(m.GetScalar("at_most")) is double most)
                {
                    return new Figure(FigureForm.AtMost, most, most, tolerance, m);
                }

                if (Number(m.GetScalar("approx")) is double approx)
                {
                    return new Figure(FigureForm.Approx, approx, approx, tolerance, m);
                }

                if (m.GetSequence("between") is { Items.Count: 2 } between
                    && Number(between.Items[0].Resolve() as YamlScalar) is double lo
                    && Number(between.Items[1].Resolve() as YamlScalar) is double hi)
                {
                    return new Figure(FigureForm.Between, lo, hi, tolerance, m);
                }

                return null;
            default:
                return null;
        }
    }

    private static double? Number(YamlScalar? s) => s != null && s.IsNumber && s.TryGetDouble(out var d) ? d : null;

    public override string ToString()
    {
        static string N(double d) => d.ToString("0.########", CultureInfo.InvariantCulture);
        return Form switch
        {
            FigureForm.AtLeast => "at least " + N(Low),
            FigureForm.AtMost => "at most " + N(Low),
            FigureForm.Approx => "about " + N(Low),
            FigureForm.Between => $"between {N(Low)} and {N(High)}",
            _ => N(Low),
        };
    }
}
