using System;
using System.Collections.Generic;

namespace FactLint.Diagnostics;

/// <summary>Which kinds of fix a rule offers, for <c>factlint rules</c>, SARIF and the docs' rule table.</summary>
[Flags]
public enum FixKinds
{
    None = 0,
    Safe = 1,
    Unsafe = 2,
    DisplayOnly = 4,
}

public static class FixKindsExtensions
{
    /// <summary>"safe", "unsafe", "safe / unsafe", "display-only", or empty — as the README's rule table writes it.</summary>
    public static string Describe(this FixKinds kinds)
    {
        var parts = new List<string>();
        if ((kinds & FixKinds.Safe) != 0)
        {
            parts.Add("safe");
        }

        if ((kinds & FixKinds.Unsafe) != 0)
        {
            parts.Add("unsafe");
        }

        if ((kinds & FixKinds.DisplayOnly) != 0)
        {
            parts.Add("display-only");
        }

        return string.Join(" / ", parts);
    }
}
