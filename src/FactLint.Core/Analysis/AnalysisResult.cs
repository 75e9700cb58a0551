using System.Collections.Immutable;
using FactLint.Diagnostics;

namespace FactLint.Analysis;

/// <summary>The findings of one run, in <see cref="DiagnosticOrder"/>, after severities and suppressions.</summary>
/// <param name="RuleTimes">Time spent in each rule, by id (per-file rules summed over files and threads), for <c>--timings</c>.</param>
public sealed record AnalysisResult(ImmutableArray<Diagnostic> Diagnostics, int FileCount, RuleTimes RuleTimes);
