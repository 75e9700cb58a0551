using System;
using System.Collections.Generic;

namespace FactLint.Figures;

/// <summary>English number words and scale words, as newsrooms write them.</summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Scale words that multiply what precedes them ("9 million", "two hundred", "a dozen").</summary>
    public static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["mln"] = 1e6, ["bln"] = 1e9, ["lakh"] = 1e5, ["crore"] = 1e7, ["dozen"] = 12,
    };

    /// <summary>Suffixes written onto digits: "40k", "9m", "1.5bn".</summary>
    public static readonly Dictionary<string, double> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12,
    };

    /// <summary>Hedges before a number, longest first within each meaning.</summary>
    public static readonly (string[] Words, NumberQualifier Qualifier)[] Hedges =
    {
        (new[] { "no", "fewer", "than" }, NumberQualifier.AtLeast),
        (new[] { "no", "less", "than" }, NumberQualifier.AtLeast),
        (new[] { "not", "less", "than" }, NumberQualifier.AtLeast),
        (new[] { "in", "excess", "of" }, NumberQualifier.AtLeast),
        (new[] { "at", "least" }, NumberQualifier.AtLeast),
        (new[] { "more", "than" }, NumberQualifier.AtLeast),
        (new[] { "upwards", "of" }, NumberQualifier.AtLeast),
        (new[] { "over" }, NumberQualifier.AtLeast),
        (new[] { "no", "more", "than" }, NumberQualifier.AtMost),
        (new[] { "not", "more", "than" }, NumberQualifier.AtMost),
        (new[] { "at", "most" }, NumberQualifier.AtMost),
        (new[] { "up", "to" }, NumberQualifier.AtMost),
        // "As many as 50" is an upper bound, like "up to 50": the speaker rules out more, not fewer.
        (new[] { "as", "many", "as" }, NumberQualifier.AtMost),
        (new[] { "as", "much", "as" }, NumberQualifier.AtMost),
        (new[] { "as", "high", "as" }, NumberQualifier.AtMost),
        (new[] { "fewer", "than" }, NumberQualifier.AtMost),
        (new[] { "less", "than" }, NumberQualifier.AtMost),
        (new[] { "under" }, NumberQualifier.AtMost),
        (new[] { "an", "estimated" }, NumberQualifier.Approx),
        (new[] { "approximately" }, NumberQualifier.Approx),
        (new[] { "about" }, NumberQualifier.Approx),
        (new[] { "around" }, NumberQualifier.Approx),
        (new[] { "roughly" }, NumberQualifier.Approx),
        (new[] { "nearly" }, NumberQualifier.Approx),
        (new[] { "almost" }, NumberQualifier.Approx),
        (new[] { "some" }, NumberQualifier.Approx),
        (new[] { "circa" }, NumberQualifier.Approx),
        (new[] { "estimated" }, NumberQualifier.Approx),
    };
}
