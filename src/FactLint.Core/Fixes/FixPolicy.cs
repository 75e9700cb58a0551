using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Diagnostics;

namespace FactLint.Fixes;

/// <summary>
/// Which fix a run applies to each finding. Without <see cref="Selected"/>: the finding's
/// preferred fix (<see cref="FixChoice.PreferredOf"/>), if its applicability is allowed. With it
/// (<c>--select FL4001</c> or <c>--select FL4001.add-alias</c>, as Ruff's <c>--select</c> and
/// Roslyn's fix-all by equivalence key): only findings of those rules, and the first of their
/// fixes whose key was named — which is how a placeholder or a non-preferred alternative is
/// asked for by name. Display-only fixes are never applied; unsafe ones only when allowed.
/// </summary>
public sealed class FixPolicy
{
    public FixPolicy(bool allowUnsafe, IEnumerable<string>? selected = null)
    {
        AllowUnsafe = allowUnsafe;
        Selected = (selected ?? Array.Empty<string>()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToArray();
    }

    public static FixPolicy Safe { get; } = new(false);

    public static FixPolicy SafeAndUnsafe { get; } = new(true);

    public bool AllowUnsafe { get; }

    /// <summary>Rule ids or fix keys asked for by name; empty for "the preferred fix of every finding".</summary>
    public IReadOnlyList<string> Selected { get; }

    public bool Allows(CodeFix fix) =>
        fix.Applicability == FixApplicability.Safe || (AllowUnsafe && fix.Applicability == FixApplicability.Unsafe);

    /// <summary>The one fix to apply for <paramref name="diagnostic"/>, or null.</summary>
    public CodeFix? Choose(Diagnostic diagnostic)
    {
        if (diagnostic.Fixes.IsEmpty)
        {
            return null;
        }

        if (Selected.Count == 0)
        {
            var preferred = FixChoice.PreferredOf(diagnostic);
            return preferred != null && Allows(preferred) ? preferred : null;
        }

        // A named fix key picks that alternative; a named rule id picks the rule's preferred fix.
        foreach (var fix in diagnostic.Fixes)
        {
            if (Selected.Any(s => string.Equals(s, fix.EquivalenceKey, StringComparison.OrdinalIgnoreCase)))
            {
                return Allows(fix) ? fix : null;
            }
        }

        if (Selected.Any(s => string.Equals(s, diagnostic.Id, StringComparison.OrdinalIgnoreCase)))
        {
            var preferred = FixChoice.PreferredOf(diagnostic);
            return preferred != null && Allows(preferred) ? preferred : null;
        }

        return null;
    }
}
