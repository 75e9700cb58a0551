namespace FactLint.Figures;

/// <summary>What a unit measures. Only units of one dimension convert into each other; money also needs one currency.</summary>
public enum Dimension
{
    /// <summary>Whole things counted: people, items, or no unit at all.</summary>
    Count,
    Length,
    Area,
    Mass,
    Volume,
    Duration,

    /// <summary>Percentages, per mille and plain fractions.</summary>
    Ratio,

    /// <summary>Money: convertible only within one currency (see <see cref="Unit.Currency"/>).</summary>
    Money,

    /// <summary>A unit FactLint does not know: it compares only with itself, as a count.</summary>
    Other,
}
