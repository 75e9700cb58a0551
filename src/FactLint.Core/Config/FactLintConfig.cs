using System;
using System.Collections.Generic;
using FactLint.Diagnostics;
using FactLint.Schema;

namespace FactLint.Config;

/// <summary>The settings of one workspace, read from its <c>factlint.yaml</c> (or the defaults).</summary>
public sealed record FactLintConfig
{
    public static readonly IReadOnlyList<string> DefaultInclude = FactFileNames.DefaultGlobs;

    public static FactLintConfig Default { get; } = new();

    public IReadOnlyList<string> Include { get; init; } = DefaultInclude;

    public IReadOnlyList<string> Exclude { get; init; } = Array.Empty<string>();

    /// <summary>Severity overrides by rule id; a null value turns the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>();

    public double ApproxTolerance { get; init; } = 0.1;

    /// <summary>How names are matched (the <c>names:</c> section).</summary>
    public FactLint.Names.NameSettings Names { get; init; } = FactLint.Names.NameSettings.Default;

    /// <summary>Extra schemas every fact file must meet, with the path they were configured by.</summary>
    public IReadOnlyList<ConfiguredSchema> Schemas { get; init; } = Array.Empty<ConfiguredSchema>();

    /// <summary>The effective severity of a rule: the override if any, else its default; null when turned off.</summary>
    public Severity? EffectiveSeverity(string ruleId, Severity defaultSeverity) =>
        RuleSeverities.TryGetValue(ruleId, out var s) ? s : defaultSeverity;
}

public sealed record ConfiguredSchema(string Path, IDocumentSchema Schema);
