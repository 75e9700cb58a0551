using System;

namespace FactLint.Figures;

/// <summary>
/// A closed interval of real numbers, possibly unbounded (±infinity). Every figure, partial date
/// and sum is compared as one, so "do these agree?" is always "do these intersect?".
/// </summary>
public readonly struct Interval : IEquatable<Interval>
{
    /// <summary>Relative slack for comparisons, so that a conversion's rounding (24 km → 14.9129 mi) does not invent a conflict.</summary>
    private const double RelativeEpsilon = 1e-9;

    public Interval(double low, double high)
    {
        Low = Math.Min(low, high);
        High = Math.Max(low, high);
    }

    public double Low { get; }

    public double High { get; }

    public static Interval Point(double value) => new(value, value);

    public static Interval Unbounded => new(double.NegativeInfinity, double.PositiveInfinity);

    public bool Intersects(Interval other) => !(High < other.Low - Slack(High, other.Low) || other.High < Low - Slack(other.High, Low));

    /// <summary>True when every value of this interval lies entirely below every value of <paramref name="other"/>.</summary>
    public bool IsBelow(Interval other) => High < other.Low - Slack(High, other.Low);

    public bool Contains(double value) => value >= Low - Slack(Low, value) && value <= High + Slack(High, value);

    /// <summary>The common part of two intersecting intervals; null when they do not intersect.</summary>
    public Interval? Intersect(Interval other)
    {
        if (!Intersects(other))
        {
            return null;
        }

        // Within the comparison slack the bounds may cross by a hair: collapse to a point rather than invert.
        var low = Math.Max(Low, other.Low);
        return new Interval(low, Math.Max(low, Math.Min(High, other.High)));
    }

    /// <summary>Interval arithmetic: the set of every a + b.</summary>
    public Interval Add(Interval other) => new(Low + other.Low, High + other.High);

    public Interval Scale(double factor) => new(Multiply(Low, factor), Multiply(High, factor));

    public Interval Shift(double offset) => new(Low + offset, High + offset);

    public bool Equals(Interval other) => Low.Equals(other.Low) && High.Equals(other.High);

    public override bool Equals(object? obj) => obj is Interval i && Equals(i);

    public override int GetHashCode() => (Low.GetHashCode() * 397) ^ High.GetHashCode();

    public static bool operator ==(Interval left, Interval right) => left.Equals(right);

    public static bool operator !=(Interval left, Interval right) => !left.Equals(right);

    public override string ToString() => $"[{Low}, {High}]";

    private static double Slack(double a, double b)
    {
        var m = Math.Max(Math.Abs(a), Math.Abs(b));
        return double.IsInfinity(m) ? 0 : Math.Max(m, 1) * RelativeEpsilon;
    }

    // 0 × ∞ is NaN in IEEE arithmetic; a zero factor cannot occur for a unit, but keep the bound infinite rather than NaN.
    private static double Multiply(double bound, double factor) => double.IsInfinity(bound) ? (factor < 0 ? -bound : bound) : bound * factor;
}
