using System.Collections.Generic;
using FactLint.Cli.Output;
using FactLint.Diagnostics;

namespace FactLint.Cli.Commands;

public sealed record LintOptions(IReadOnlyList<string> Paths, OutputFormat Format, Severity FailOn, bool? Color, bool Timings = false);
