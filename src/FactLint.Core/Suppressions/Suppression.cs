using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Suppressions;

/// <summary>A <c># factlint-disable…</c> comment: its scope, the line it applies to, and the rules it names.</summary>
public sealed record Suppression(SuppressionScope Scope, YamlComment Comment, int TargetLine, IReadOnlyList<SuppressedRule> Rules, string? Reason, string? Problem)
{
    public bool Covers(int line) => Scope == SuppressionScope.File || line == TargetLine;
}
