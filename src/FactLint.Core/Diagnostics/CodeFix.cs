using System.Collections.Immutable;

namespace FactLint.Diagnostics;

/// <summary>
/// A fix: a title, minimal text edits (possibly in several files), how far it can be trusted,
/// and an equivalence key so that "fix all" can gather fixes of one kind.
/// </summary>
/// <remarks>
/// A finding's fixes are alternatives: <c>factlint fix</c> and fix-all apply at most one per
/// finding, the preferred one (<see cref="FixChoice"/>). A placeholder fix writes text someone
/// must still complete (a stub source with a TODO url); it is applied only when asked for by its
/// key, never by a plain fix run.
/// </remarks>
public sealed record CodeFix(string Title, FixApplicability Applicability, ImmutableArray<FileTextEdit> Edits, string EquivalenceKey)
{
    public bool IsSafe => Applicability == FixApplicability.Safe;

    /// <summary>The alternative the rule recommends when a finding offers several.</summary>
    public bool IsPreferred { get; init; }

    /// <summary>Writes placeholder content to be completed by hand.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>The rule id part of the equivalence key (<c>FL4001</c> of <c>FL4001.add-alias</c>).</summary>
    public string RuleId => EquivalenceKey.IndexOf('.') is var dot and > 0 ? EquivalenceKey.Substring(0, dot) : EquivalenceKey;
}
