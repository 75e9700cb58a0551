using System.Collections.Immutable;

namespace FactLint.Diagnostics;

/// <summary>
/// A fix: a title, minimal text edits (possibly in several files), how far it can be trusted,
/// and an equivalence key so that "fix all" can gather fixes of one kind.
/// </summary>
public sealed record CodeFix(string Title, FixApplicability Applicability, ImmutableArray<FileTextEdit> Edits, string EquivalenceKey)
{
    public bool IsSafe => Applicability == FixApplicability.Safe;
}
