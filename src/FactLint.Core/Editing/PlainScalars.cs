using System;
using FactLint.Syntax;

namespace FactLint.Editing;

/// <summary>
/// When a string can be written as a plain (unquoted) YAML scalar and read back as that same
/// string, in block and flow context alike. Conservative: what it refuses is written quoted.
/// </summary>
public static class PlainScalars
{
    private const string AlwaysIndicators = ",[]{}#&*!|>'\"%@`";

    private static readonly char[] FlowIndicators = { ',', '[', ']', '{', '}' };

    public static bool ReadsBackAsString(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]) || HasLineBreakOrControl(value))
        {
            return false;
        }

        var first = value[0];
        if (AlwaysIndicators.IndexOf(first) >= 0 || ((first is '-' or '?' or ':') && (value.Length == 1 || value[1] == ' ')))
        {
            return false;
        }

        // Flow indicators end a plain scalar inside [ ] or { }; ": " and " #" end it anywhere.
        if (value.IndexOfAny(FlowIndicators) >= 0 || value.Contains(": ") || value.Contains(" #") || value.EndsWith(":", StringComparison.Ordinal))
        {
            return false;
        }

        return ScalarResolver.ResolvePlain(value) == ScalarType.String;
    }

    public static bool HasLineBreakOrControl(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }
}
