using System;
using FactLint.Model;

namespace FactLint.Figures;

/// <summary>
/// Turns a written figure into the interval it stands for, in its dimension's base unit (the spec's
/// "Figures" table): counts are exact integers, continuous quantities are rounded to their last
/// written digit, approx spreads by its tolerance.
/// </summary>
public static class FigureIntervals
{
    public static Interval ToInterval(Figure figure, Unit unit, double defaultTolerance)
    {
        var halfLow = HalfDigit(figure.LowNode, unit);
        var halfHigh = HalfDigit(figure.HighNode, unit);
        var n = figure.Low;
        Interval written = figure.Form switch
        {
            FigureForm.AtLeast => new Interval(n - halfLow, double.PositiveInfinity),
            FigureForm.AtMost => new Interval(unit.IsCount ? Math.Min(0, n) : double.NegativeInfinity, n + halfLow),
            FigureForm.Approx => Approx(n, figure.Tolerance ?? defaultTolerance, halfLow),
            FigureForm.Between => new Interval(Math.Min(figure.Low, figure.High) - halfLow, Math.Max(figure.Low, figure.High) + halfHigh),
            _ => new Interval(n - halfLow, n + halfLow),
        };
        return written.Scale(unit.Factor);
    }

    /// <summary>Half of the last written digit's place for a continuous unit (15 mi → 0.5, 15.5 mi → 0.05); zero for counts.</summary>
    public static double HalfDigit(Syntax.YamlScalar number, Unit unit) =>
        unit.IsCount ? 0 : 0.5 * Math.Pow(10, -Figure.DecimalsWritten(number));

    private static Interval Approx(double n, double tolerance, double half)
    {
        var spread = Math.Abs(n) * tolerance;
        return new Interval(n - spread - half, n + spread + half);
    }
}
