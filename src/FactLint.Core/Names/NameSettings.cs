using System;
using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>The <c>names:</c> section of factlint.yaml.</summary>
public sealed record NameSettings
{
    public const double DefaultThreshold = 0.75;

    public static NameSettings Default { get; } = new();

    /// <summary>How alike two elements of a name must be (0–1) to be taken for spellings of one element.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>The newsroom's own transliteration equivalences.</summary>
    public IReadOnlyList<NameEquivalence> Equivalences { get; init; } = Array.Empty<NameEquivalence>();

    /// <summary>Words never treated as (part of) a name in free text, compared case-insensitively.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = Array.Empty<string>();
}
