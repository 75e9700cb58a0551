using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Claims;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Conflicts;

/// <summary>
/// FL3001 conflicting-figures: claims of one subject and property whose values cannot all be true
/// (intervals that do not intersect; differing values of a single-valued property). Reported once
/// per group, on the claim that disagrees with the most others — the likeliest outlier, and the
/// one place a reader should look first — with every other claim as a related location.
/// </summary>
public sealed class ConflictingFiguresRule : CorpusRule
{
    /// <summary>Values beyond this many are summarised ("and 3 more values") to keep the message readable.</summary>
    private const int MaxValuesShown = 4;

    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL3001", "conflicting-figures", "Sources disagree", RuleCategories.Figures, Severity.Warning,
        "Claims of the same subject and property (and as_of, for a temporal property) have values that cannot all be true: figures whose intervals do not intersect, dates that do not overlap, or different values of a single-valued property.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override bool IsFixable => true;

    public override void Analyze(CorpusAnalysisContext context)
    {
        var groups = context.Shared(ClaimGroups.Of);
        foreach (var group in groups.Groups)
        {
            if (!group.ConflictsMatter)
            {
                continue;
            }

            var compared = group.Compared();
            if (compared.Count < 2)
            {
                continue;
            }

            var counts = Disagreement.Count(compared);
            var worst = 0;
            for (var i = 1; i < counts.Length; i++)
            {
                if (counts[i] > counts[worst])
                {
                    worst = i;
                }
            }

            if (counts[worst] == 0)
            {
                continue;
            }

            Report(context, group, compared, compared[worst]);
        }
    }

    private static void Report(CorpusAnalysisContext context, ClaimGroup group, List<ClaimEntry> compared, ClaimEntry outlier)
    {
        // One entry per distinct value, the outlier's first, each with the sources that give it.
        var values = new List<(string Display, List<string> Labels)>();
        foreach (var e in new[] { outlier }.Concat(compared.Where(c => c != outlier)))
        {
            var slot = values.FindIndex(v => v.Display == e.Display);
            if (slot < 0)
            {
                values.Add((e.Display, new List<string>()));
                slot = values.Count - 1;
            }

            if (!values[slot].Labels.Contains(e.SourceLabel))
            {
                values[slot].Labels.Add(e.SourceLabel);
            }
        }

        var shown = values.Take(MaxValuesShown).Select(v => $"{v.Display} ({string.Join("; ", v.Labels.Take(2))}{(v.Labels.Count > 2 ? $" +{v.Labels.Count - 2}" : string.Empty)})");
        var more = values.Count > MaxValuesShown ? $" and {values.Count - MaxValuesShown} more values" : string.Empty;
        var among = group.HasPreferred ? "preferred claims" : "claims";
        var advice = group.HasPreferred
            ? "Check the sources and keep 'rank: preferred' on one claim only."
            : "Check the sources, then mark the claim you trust 'rank: preferred' or the one you reject 'rank: deprecated'.";
        var message = $"{group.Describe()} conflicts: {string.Join(" vs ", shown)}{more} \u2014 {compared.Count} {among}, {values.Count} values. {advice}";

        var related = compared.Where(c => c != outlier)
            .Select(c => new RelatedLocation(context.Location(c.Document.Path, c.ValueNode.Span), c.Describe() + (c.AgreesWith(outlier) ? string.Empty : " \u2014 disagrees")))
            .ToImmutableArray();

        // Choosing between sources is a judgement: the fixes are shown in the editor, never applied by 'factlint fix'.
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var rank in new[] { "deprecated", "preferred" })
        {
            if (outlier.Claim.Rank?.Value != rank)
            {
                fixes.Add(ClaimFixes.SetRank(outlier, rank, FixApplicability.DisplayOnly, "FL3001"));
            }
        }

        context.Report(outlier.Document, outlier.ValueNode.Span, message, related, fixes.ToImmutable());
    }
}
