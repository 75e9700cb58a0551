using System;
using System.Collections.Generic;

namespace FactLint.Figures;

/// <summary>
/// The units FactLint converts between. Every spelling a writer is likely to use maps to one
/// canonical unit; docs/units.md lists the same table for people (a test keeps the two in step).
/// </summary>
public static class UnitCatalog
{
    private const double Mile = 1609.344;
    private const double Foot = 0.3048;
    private const double Day = 86400;

    private static readonly Dictionary<string, Unit> BySpelling = new(StringComparer.OrdinalIgnoreCase);
    private static readonly List<(Unit Unit, string[] Spellings)> Table = new();

    static UnitCatalog()
    {
        Add(Dimension.Count, 1, "person", "people", "persons");
        Add(Dimension.Count, 1, "item", "items");

        Add(Dimension.Length, 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        Add(Dimension.Length, 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        Add(Dimension.Length, 1, "m", "metre", "metres", "meter", "meters");
        Add(Dimension.Length, 1000, "km", "kilometre", "kilometres", "kilometer", "kilometers");
        Add(Dimension.Length, 0.0254, "in", "inch", "inches");
        Add(Dimension.Length, Foot, "ft", "foot", "feet");
        Add(Dimension.Length, 0.9144, "yd", "yard", "yards");
        Add(Dimension.Length, Mile, "mi", "mile", "miles");
        Add(Dimension.Length, 1852, "nmi", "nautical mile", "nautical miles");

        Add(Dimension.Area, 1, "m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters");
        Add(Dimension.Area, 1e6, "km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers");
        Add(Dimension.Area, 1e4, "ha", "hectare", "hectares");
        Add(Dimension.Area, 4046.8564224, "acre", "acres");
        Add(Dimension.Area, Mile * Mile, "mi2", "mi²", "sq mi", "square mile", "square miles");
        Add(Dimension.Area, Foot * Foot, "ft2", "ft²", "sq ft", "square foot", "square feet");

        Add(Dimension.Mass, 1e-6, "mg", "milligram", "milligrams");
        Add(Dimension.Mass, 0.001, "g", "gram", "grams");
        Add(Dimension.Mass, 1, "kg", "kilogram", "kilograms", "kilo", "kilos");
        Add(Dimension.Mass, 1000, "t", "tonne", "tonnes", "metric ton", "metric tons");
        Add(Dimension.Mass, 0.45359237, "lb", "lbs", "pound", "pounds");
        Add(Dimension.Mass, 907.18474, "short ton", "short tons");

        Add(Dimension.Volume, 0.001, "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        Add(Dimension.Volume, 1, "l", "litre", "litres", "liter", "liters");
        Add(Dimension.Volume, 1000, "m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
        Add(Dimension.Volume, 3.785411784, "gal", "gallon", "gallons", "US gallon", "US gallons");
        Add(Dimension.Volume, 158.987294928, "bbl", "barrel", "barrels");

        Add(Dimension.Duration, 1, "s", "second", "seconds", "sec", "secs");
        Add(Dimension.Duration, 60, "min", "minute", "minutes", "mins");
        Add(Dimension.Duration, 3600, "h", "hour", "hours", "hr", "hrs");
        Add(Dimension.Duration, Day, "day", "days");
        Add(Dimension.Duration, 7 * Day, "week", "weeks", "wk");
        Add(Dimension.Duration, 365.2425 * Day / 12, "month", "months");
        Add(Dimension.Duration, 365.2425 * Day, "year", "years", "yr", "yrs");

        Add(Dimension.Ratio, 0.01, "percent", "%", "per cent", "pct");
        Add(Dimension.Ratio, 0.001, "per mille", "‰");
        Add(Dimension.Ratio, 1, "fraction", "ratio");

        foreach (var code in new[] { "USD", "EUR", "GBP", "RUB", "TJS", "UZS", "KZT", "KGS", "AFN", "CNY", "JPY", "CHF", "INR", "TRY", "UAH" })
        {
            AddCurrency(code);
        }

        Alias("$", "USD");
        Alias("US$", "USD");
        Alias("dollar", "USD");
        Alias("dollars", "USD");
        Alias("€", "EUR");
        Alias("euro", "EUR");
        Alias("euros", "EUR");
        Alias("£", "GBP");
        Alias("rouble", "RUB");
        Alias("roubles", "RUB");
        Alias("ruble", "RUB");
        Alias("rubles", "RUB");
        Alias("somoni", "TJS");
    }

    /// <summary>Every known unit with all its accepted spellings (canonical first), in table order.</summary>
    public static IReadOnlyList<(Unit Unit, string[] Spellings)> All => Table;

    /// <summary>Finds a unit by any of its spellings (case-insensitive, spaces folded); null when unknown.</summary>
    public static Unit? Find(string? spelling)
    {
        if (spelling == null)
        {
            return null;
        }

        var key = string.Join(" ", spelling.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return BySpelling.TryGetValue(key, out var unit) ? unit : null;
    }

    /// <summary>
    /// The unit a claim is in: a known unit, <see cref="Unit.None"/> for no unit, or an unknown unit
    /// that compares only with the same spelling (so "households" still agrees with "households").
    /// </summary>
    public static Unit Resolve(string? spelling)
    {
        if (spelling == null || spelling.Trim().Length == 0)
        {
            return Unit.None;
        }

        return Find(spelling) ?? new Unit(spelling.Trim(), Dimension.Other, 1, spelling.Trim().ToUpperInvariant());
    }

    private static void Add(Dimension dimension, double factor, string name, params string[] spellings)
    {
        var unit = new Unit(name, dimension, factor);
        var all = new string[spellings.Length + 1];
        all[0] = name;
        spellings.CopyTo(all, 1);
        Table.Add((unit, all));
        foreach (var s in all)
        {
            BySpelling[s] = unit;
        }
    }

    private static void AddCurrency(string code)
    {
        var unit = new Unit(code, Dimension.Money, 1, code);
        Table.Add((unit, new[] { code }));
        BySpelling[code] = unit;
    }

    private static void Alias(string spelling, string code)
    {
        var unit = BySpelling[code];
        BySpelling[spelling] = unit;
        foreach (var row in Table)
        {
            if (ReferenceEquals(row.Unit, unit))
            {
                var i = Table.IndexOf(row);
                var spellings = new string[row.Spellings.Length + 1];
                row.Spellings.CopyTo(spellings, 0);
                spellings[row.Spellings.Length] = spelling;
                Table[i] = (unit, spellings);
                break;
            }
        }
    }
}
