using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Claims;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Figures;

/// <summary>
/// FL3004 differs-from-preferred: once a claim is marked <c>rank: preferred</c> the disagreement is
/// resolved, but each other claim that disagrees with it keeps a hint, so the decision stays visible.
/// </summary>
public sealed class DiffersFromPreferredRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL3004", "differs-from-preferred", "Claim differs from the preferred claim", RuleCategories.Figures, Severity.Hint,
        "A claim disagrees with the claim marked rank: preferred in its group. It is kept out of the conflict check; deprecate it if it is wrong.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Unsafe;

    public override void Analyze(CorpusAnalysisContext context)
    {
        foreach (var group in context.Shared(ClaimGroups.Of).Groups)
        {
            if (!group.ConflictsMatter || !group.HasPreferred)
            {
                continue;
            }

            var preferred = group.Entries.Where(e => e.Comparable && e.IsPreferred).ToList();
            foreach (var entry in group.Entries)
            {
                if (!entry.Comparable || entry.IsPreferred || preferred.FirstOrDefault(p => !p.AgreesWith(entry)) is not { } chosen)
                {
                    continue;
                }

                var name = chosen.Claim.Id != null ? $"the preferred claim '{chosen.Claim.Id}'" : "the preferred claim";
                var fix = ClaimFixes.SetRank(entry, "deprecated", FixApplicability.Unsafe, Definition.Id) with { IsPreferred = true };
                var related = ImmutableArray.Create(new RelatedLocation(context.Location(chosen.Document.Path, chosen.ValueNode.Span), "preferred: " + chosen.Describe()));
                context.Report(entry.Document, entry.ValueNode.Span, $"{entry.Describe()} differs from {name}, {chosen.Describe()}; it is kept out of the conflict check of {group.Describe()}. Mark it 'rank: deprecated' if it is wrong.", related, ImmutableArray.Create(fix));
            }
        }
    }
}
