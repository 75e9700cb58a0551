using FactLint.Diagnostics;

namespace FactLint.Fixes;

/// <summary>Which fixes a run may apply: the safe ones, or with <c>--unsafe-fixes</c> the unsafe ones too; display-only guidance never.</summary>
public enum FixSelection
{
    Safe,
    SafeAndUnsafe,
}

public static class FixSelectionExtensions
{
    public static bool Allows(this FixSelection selection, CodeFix fix) =>
        fix.Applicability == FixApplicability.Safe || (selection == FixSelection.SafeAndUnsafe && fix.Applicability == FixApplicability.Unsafe);
}
