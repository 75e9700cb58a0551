namespace FactLint.Figures;

/// <summary>
/// A unit of measure: its canonical name, dimension, and factor to the dimension's base unit
/// (metre, square metre, kilogram, litre, second, fraction, one unit of a currency).
/// </summary>
public sealed class Unit
{
    internal Unit(string name, Dimension dimension, double factor, string? currency = null)
    {
        Name = name;
        Dimension = dimension;
        Factor = factor;
        Currency = currency;
    }

    /// <summary>A figure without a unit: a count.</summary>
    public static Unit None { get; } = new(string.Empty, Dimension.Count, 1);

    public string Name { get; }

    public Dimension Dimension { get; }

    /// <summary>Multiply a value in this unit by this to get the dimension's base unit.</summary>
    public double Factor { get; }

    /// <summary>The ISO 4217 code for money, the unit's own name for an unknown unit; null otherwise.</summary>
    public string? Currency { get; }

    /// <summary>Counts are exact integers; anything else is taken as rounded to its last written digit.</summary>
    public bool IsCount => Dimension is Dimension.Count or Dimension.Other;

    public bool IsNone => Name.Length == 0;

    /// <summary>Whether values in the two units can be converted into each other and so compared.</summary>
    public bool IsCompatibleWith(Unit other) =>
        Dimension == other.Dimension && (Dimension is not (Dimension.Money or Dimension.Other) || string.Equals(Currency, other.Currency, System.StringComparison.Ordinal));

    /// <summary>How a reader would name the unit in a message.</summary>
    public string Describe() => IsNone ? "no unit" : Name;

    public override string ToString() => Name;
}
