using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using FactLint.Analysis;
using FactLint.Claims;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Figures;

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

    private static readonly string[] Ranks = { "deprecated", "preferred" };

    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL3001", "conflicting-figures", "Sources disagree", RuleCategories.Figures, Severity.Warning,
        "Claims of the same subject and property (and as_of, for a temporal property) have values that cannot all be true: figures whose intervals do not intersect, dates that do not overlap, or different values of a single-valued property.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.DisplayOnly;

    public override void Analyze(CorpusAnalysisContext context)
    {
        var groups = new List<ClaimGroup>();
        foreach (var group in context.Shared(ClaimGroups.Of).Groups)
        {
            if (group.ConflictsMatter)
            {
                groups.Add(group);
            }
        }

        // A group taken over from the last pass (its claims all from unchanged files) keeps its
        // finding; the others are compared on every core (10,333 findings on the 50,000-claim corpus,
        // the last rule to finish when it ran on one).
        context.OnceEach(groups, g => g.Key, ClaimGroups.Reads, g => new object?[] { g }, Analyze);
    }

    private static void Analyze(CorpusAnalysisContext context, ClaimGroup group)
    {
        var compared = group.Compared();
        if (compared.Count < 2)
        {
            return;
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

        if (counts[worst] > 0)
        {
            Report(context, group, compared, compared[worst]);
        }
    }

    private static void Report(CorpusAnalysisContext context, ClaimGroup group, List<ClaimEntry> compared, ClaimEntry outlier)
    {
        // The values are the positions the claims take: claims that agree with one another (24 km
        // and 15 miles) are one value, however they are written. The outlier's comes first.
        var positions = ClaimPositions.Of(compared);
        var outlierPosition = 0;
        while (!positions[outlierPosition].Contains(outlier))
        {
            outlierPosition++;
        }

        var shown = new string[Math.Min(MaxValuesShown, positions.Count)];
        shown[0] = positions[outlierPosition].Describe();
        for (int p = 0, s = 1; s < shown.Length; p++)
        {
            if (p != outlierPosition)
            {
                shown[s++] = positions[p].Describe();
            }
        }

        var hidden = positions.Count - MaxValuesShown;
        var more = hidden > 0 ? $" and {hidden} more {(hidden == 1 ? "value" : "values")}" : string.Empty;
        var among = group.HasPreferred ? "preferred claims" : "claims";
        var advice = group.HasPreferred
            ? "Check the sources and keep 'rank: preferred' on one claim only."
            : "Check the sources, then mark the claim you trust 'rank: preferred' or the one you reject 'rank: deprecated'.";
        var message = $"{group.Describe()} conflicts: {string.Join(" vs ", shown)}{more} \u2014 {compared.Count} {among}, {positions.Count} values. {advice}";

        var related = ImmutableArray.CreateBuilder<RelatedLocation>(compared.Count - 1);
        foreach (var c in compared)
        {
            if (c != outlier)
            {
                related.Add(new RelatedLocation(context.Location(c.Document.Path, c.ValueNode.Span), c.AgreesWith(outlier) ? c.Describe() : c.Describe() + " \u2014 disagrees"));
            }
        }

        // Choosing between sources is a judgement: the fixes are shown in the editor, never applied by 'factlint fix'.
        var fixes = ImmutableArray.CreateBuilder<CodeFix>(2);
        foreach (var rank in Ranks)
        {
            if (outlier.Claim.Rank?.Value != rank)
            {
                fixes.Add(ClaimFixes.SetRank(outlier, rank, FixApplicability.DisplayOnly, "FL3001"));
            }
        }

        context.Report(outlier.Document, outlier.ValueNode.Span, message, related.MoveToImmutable(), fixes.ToImmutable());
    }
}
