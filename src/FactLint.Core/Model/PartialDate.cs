using System;
using System.Globalization;
using FactLint.Syntax;

namespace FactLint.Model;

/// <summary>
/// A date written to the precision the writer knew: <c>2018</c>, <c>2018-11</c> or <c>2018-11-07</c>.
/// It stands for the whole span it names (2018-11 is 1 to 30 November), so comparisons are of intervals.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>
{
    private PartialDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    /// <summary>1-12, or 0 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>1-31, or 0 when the day is not known.</summary>
    public int Day { get; }

    public DateTime First => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    public DateTime Last => Month == 0 ? new DateTime(Year, 12, 31)
        : Day == 0 ? new DateTime(Year, Month, DateTime.DaysInMonth(Year, Month))
        : new DateTime(Year, Month, Day);

    /// <summary>Parses a scalar: an integer year, or text YYYY, YYYY-MM, YYYY-MM-DD with a real calendar date.</summary>
    public static bool TryParse(YamlScalar? scalar, out PartialDate date)
    {
        date = default;
        if (scalar == null || scalar.Type is not (ScalarType.String or ScalarType.Integer))
        {
            return false;
        }

        return TryParse(scalar.Value, out date);
    }

    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        var month = 0;
        var day = 0;
        if (parts.Length >= 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (parts.Length == 3 && (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    public override bool Equals(object? obj) => obj is PartialDate d && Equals(d);

    public override int GetHashCode() => (Year * 397) ^ (Month * 31) ^ Day;

    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    public override string ToString() => Month == 0 ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day == 0 ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
