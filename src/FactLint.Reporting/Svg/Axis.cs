using System;
using System.Collections.Generic;
using System.Globalization;
using FactLint.Figures;

namespace FactLint.Reporting.Svg;

/// <summary>A linear axis over the finite ends of the values drawn, padded, with round ticks ("nice numbers").</summary>
internal sealed class Axis
{
    private readonly double _min;
    private readonly double _max;
    private readonly double _x0;
    private readonly double _x1;
    private readonly bool _dates;

    public Axis(IEnumerable<double> values, double x0, double x1, bool dates)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (!double.IsInfinity(v) && !double.IsNaN(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        if (double.IsInfinity(min))
        {
            (min, max) = (0, 1);
        }

        var span = max - min;
        var pad = span == 0 ? Math.Max(1, Math.Abs(min) * 0.1) : span * 0.12;
        _min = min - pad;
        _max = max + pad;
        _x0 = x0;
        _x1 = x1;
        _dates = dates;
    }

    public double X(double value) => double.IsNegativeInfinity(value) ? _x0 : double.IsPositiveInfinity(value) ? _x1 : _x0 + ((value - _min) / (_max - _min) * (_x1 - _x0));

    public IEnumerable<(double X, string Label)> Ticks()
    {
        var raw = (_max - _min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Array.Find(new[] { 1.0, 2, 5, 10 }, m => m * magnitude >= raw) * magnitude;
        if (_dates)
        {
            step = Math.Max(1, Math.Round(step));
        }

        for (var v = Math.Ceiling(_min / step) * step; v <= _max; v += step)
        {
            yield return (X(v), _dates ? DateIntervals.Format(v) : Number(v));
        }
    }

    internal static string Number(double v) => Math.Abs(v) < 1e-9 ? "0" : Math.Abs(v) >= 1e6 || (Math.Abs(v) < 1e-3 && v != 0)
        ? v.ToString("G4", CultureInfo.InvariantCulture)
        : Math.Round(v, 6).ToString("#,0.######", CultureInfo.InvariantCulture);

    internal static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
