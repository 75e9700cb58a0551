using System.Collections.Generic;
using FactLint.Cli.Output;
using FactLint.Diagnostics;

namespace FactLint.Cli.Commands;

public sealed record LintOptions(IReadOnlyList<string> Paths, OutputFormat Format, Severity FailOn, bool? Color, bool Timings = false)
{
    /// <summary>Reports written to files as well (<c>--output</c>).</summary>
    public IReadOnlyList<OutputTarget> Outputs { get; init; } = System.Array.Empty<OutputTarget>();

    /// <summary>A baseline file: its findings are not reported (<c>--baseline</c>).</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Check every file afresh and leave .factlint-cache alone (<c>--no-cache</c>).</summary>
    public bool NoCache { get; init; }

    /// <summary>The run has its process to itself (the command line): it may hold off the collector.</summary>
    public bool OwnsProcess { get; init; }

    /// <summary>Show a progress bar: null for "on a terminal".</summary>
    public bool? Progress { get; init; }
}
