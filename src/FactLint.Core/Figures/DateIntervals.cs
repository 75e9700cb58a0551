using System;
using FactLint.Model;
using FactLint.Syntax;

namespace FactLint.Figures;

/// <summary>
/// Dates as intervals of days: a partial date is its whole span (2018-11 is 1 to 30 November) and
/// <c>{from, to}</c> runs from the first day of <c>from</c> to the last day of <c>to</c>.
/// </summary>
public static class DateIntervals
{
    /// <summary>Reads a date value (a scalar date or a <c>{from, to}</c> mapping); false when the node is not one.</summary>
    public static bool TryRead(YamlNode? node, out Interval interval)
    {
        interval = default;
        switch (node?.Resolve())
        {
            case YamlScalar s when PartialDate.TryParse(s, out var date):
                interval = Of(date);
                return true;
            case YamlMapping m when PartialDate.TryParse(m.GetScalar("from"), out var from) && PartialDate.TryParse(m.GetScalar("to"), out var to):
                interval = new Interval(DayNumber(from.First), DayNumber(to.Last));
                return true;
            default:
                return false;
        }
    }

    public static Interval Of(PartialDate date) => new(DayNumber(date.First), DayNumber(date.Last));

    public static double DayNumber(DateTime day) => day.Ticks / TimeSpan.TicksPerDay;

    public static string Format(double dayNumber) => new DateTime((long)dayNumber * TimeSpan.TicksPerDay).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
