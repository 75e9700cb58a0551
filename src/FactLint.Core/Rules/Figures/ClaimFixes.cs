using System.Collections.Immutable;
using FactLint.Claims;
using FactLint.Diagnostics;
using FactLint.Editing;

namespace FactLint.Rules.Figures;

/// <summary>The rank fixes shared by the comparison rules: set a claim's rank, keeping everything else as written.</summary>
internal static class ClaimFixes
{
    public static CodeFix SetRank(ClaimEntry entry, string rank, FixApplicability applicability, string ruleId)
    {
        var edit = YamlEdits.SetKey(entry.Document, entry.Claim.Node, "rank", rank);
        var title = rank == "preferred" ? "Mark this claim preferred" : "Mark this claim deprecated";
        return new CodeFix(title, applicability, ImmutableArray.Create(edit), $"{ruleId}.rank-{rank}");
    }
}
