using System.Linq;

namespace FactLint.Diagnostics;

/// <summary>Which of a finding's alternative fixes is the one to apply when nobody chooses.</summary>
public static class FixChoice
{
    /// <summary>
    /// The fix the rule marks preferred, or none: where the alternatives are a judgement (which of
    /// two entities spells a name right, which source to trust) no fix is preferred, and a fix run
    /// leaves the finding to a person.
    /// </summary>
    public static CodeFix? PreferredOf(Diagnostic diagnostic) => diagnostic.Fixes.FirstOrDefault(f => f.IsPreferred && !f.IsPlaceholder);
}
