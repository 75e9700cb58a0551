using System.Collections.Immutable;
using FactLint.Diagnostics;

namespace FactLint.Analysis;

/// <summary>The findings of one run, in <see cref="DiagnosticOrder"/>, after severities and suppressions.</summary>
public sealed record AnalysisResult(ImmutableArray<Diagnostic> Diagnostics, int FileCount);
