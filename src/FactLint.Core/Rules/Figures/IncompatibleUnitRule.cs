using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Claims;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Figures;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Figures;

/// <summary>
/// FL3002 incompatible-unit: a figure whose unit cannot be converted to its group's (USD and EUR,
/// km and person, a unit missing where the others have one) is not compared at all — which is
/// itself worth knowing, since a real conflict may be hiding behind it.
/// </summary>
public sealed class IncompatibleUnitRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL3002", "incompatible-unit", "Unit cannot be compared", RuleCategories.Figures, Severity.Warning,
        "A claim's unit cannot be converted to the unit its property is declared in, or to the unit of the other claims of its group (different dimensions, different currencies, or a missing unit), so its figure is not compared.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Unsafe;

    public override void Analyze(CorpusAnalysisContext context)
    {
        // Counted once per group: a group with many odd units must not be rescanned for each of them.
        var compatibleCounts = new Dictionary<ClaimGroup, int>();
        foreach (var (entry, group, againstDeclaration) in context.Shared(ClaimGroups.Of).UnitMismatches)
        {
            var reference = group.ReferenceUnit;
            if (!compatibleCounts.TryGetValue(group, out var others))
            {
                others = group.Entries.Count(e => e.Comparable);
                compatibleCounts[group] = others;
            }

            var unitNode = entry.Claim.Unit;
            var against = againstDeclaration
                ? $"the unit {group.Property} is declared in, '{reference.Name}'{DimensionNote(reference)}"
                : $"{reference.Describe()}{DimensionNote(reference)}, the unit of {(others == 1 ? "the other claim" : $"the other {others} claims")} of {group.Describe()}";
            var message = entry.Unit.IsNone
                ? $"This figure has no unit, so it cannot be compared with {against}; add the unit it is in."
                : $"The unit '{entry.Unit.Name}'{DimensionNote(entry.Unit)} cannot be converted to {against}, so the figure is not compared with them; convert it, or correct the unit.";

            var fixes = ImmutableArray<CodeFix>.Empty;
            if (entry.Unit.IsNone && unitNode == null && !reference.IsNone)
            {
                // Likely the writer forgot the unit the others use; still a guess about the source's meaning, so never applied unasked.
                var edit = YamlEdits.AddEntry(entry.Document, entry.Claim.Node, "unit: " + reference.Name);
                fixes = ImmutableArray.Create(new CodeFix($"Add 'unit: {reference.Name}'", FixApplicability.Unsafe, ImmutableArray.Create(edit), "FL3002.add-unit") { IsPreferred = true });
            }

            var span = unitNode?.Span ?? entry.ValueNode.Span;
            context.Report(entry.Document, span, message, fixes: fixes);
        }
    }

    private static string DimensionNote(Unit unit) => unit.Dimension switch
    {
        FactLint.Figures.Dimension.Count when !unit.IsNone => " (a count)",
        FactLint.Figures.Dimension.Money => " (money)",
        FactLint.Figures.Dimension.Other => " (a unit FactLint does not know)",
        FactLint.Figures.Dimension.Count => string.Empty,
        _ => $" ({unit.Dimension.ToString().ToLowerInvariant()})",
    };
}
