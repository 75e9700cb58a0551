using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactLint.Analysis;
using FactLint.Claims;
using FactLint.Diagnostics;
using FactLint.Figures;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Figures;

/// <summary>
/// FL3003 sum-mismatch: where a property is declared the <c>sum_of</c> others, and one subject has
/// claims for the whole and for every part, the parts' sum (interval arithmetic) must agree with the
/// whole. Each side is its group's consensus — the preferred claims, else the common part of all
/// claims; a side that conflicts internally is left to FL3001.
/// </summary>
public sealed class SumMismatchRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL3003", "sum-mismatch", "Parts do not add up to the whole", RuleCategories.Figures, Severity.Warning,
        "A property declared as the sum_of others has, for one subject, a figure that the sum of the parts' figures cannot equal.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override void Analyze(CorpusAnalysisContext context)
    {
        var groups = context.Shared(ClaimGroups.Of);
        foreach (var whole in groups.Groups)
        {
            if (whole.Kind != ClaimValueKind.Quantity || whole.Declaration is not { SumOf.Count: > 0 } declaration || Consensus(whole) is not { } total)
            {
                continue;
            }

            var parts = new List<(ClaimGroup Group, ClaimEntry Representative, Interval Value)>();
            foreach (var partId in declaration.SumOf.Select(r => r.Id).Distinct(StringComparer.Ordinal))
            {
                var part = groups.Find(whole.Subject, partId, groups.Declarations.TryGetValue(partId, out var pd) && pd.Temporal ? whole.AsOf : string.Empty, ClaimValueKind.Quantity);
                if (part == null || Consensus(part) is not { } value || !part.ReferenceUnit.IsCompatibleWith(whole.ReferenceUnit))
                {
                    parts.Clear();
                    break;
                }

                parts.Add((part, value.Representative, value.Value));
            }

            if (parts.Count == 0)
            {
                continue;
            }

            var sum = parts.Aggregate(new Interval(0, 0), (acc, p) => acc.Add(p.Value));
            if (sum.Intersects(total.Value))
            {
                continue;
            }

            var unit = whole.ReferenceUnit;
            var terms = string.Join(" + ", parts.Select(p => $"{p.Group.Property} {p.Representative.Display}"));
            var message = $"{whole.Describe()} is {total.Representative.Display}, but its parts add up to {Format(sum, unit)} ({terms}); one of these figures is wrong, or a part is missing from sum_of.";
            var related = parts.Select(p => new RelatedLocation(context.Location(p.Representative.Document.Path, p.Representative.ValueNode.Span), $"{p.Group.Property}: {p.Representative.Describe()}")).ToImmutableArray();
            context.Report(total.Representative.Document, total.Representative.ValueNode.Span, message, related);
        }
    }

    /// <summary>What a group agrees on: the common part of its compared claims; null when they conflict (FL3001's business).</summary>
    private static (ClaimEntry Representative, Interval Value)? Consensus(ClaimGroup group)
    {
        var compared = group.Compared();
        if (compared.Count == 0)
        {
            return null;
        }

        Interval? common = compared[0].Interval;
        foreach (var e in compared.Skip(1))
        {
            common = common?.Intersect(e.Interval);
        }

        return common is { } c ? (compared[0], c) : null;
    }

    /// <summary>An interval in the whole's unit, as a reader says it: "32", "between 30 and 34", "at least 25".</summary>
    private static string Format(Interval sum, Unit unit)
    {
        var low = sum.Low / unit.Factor;
        var high = sum.High / unit.Factor;
        var suffix = unit.Dimension == Dimension.Count || unit.IsNone ? string.Empty : " " + unit.Name;
        if (double.IsPositiveInfinity(high))
        {
            return $"at least {N(low)}{suffix}";
        }

        return Math.Abs(high - low) < 1e-9 * Math.Max(1, Math.Abs(high)) ? N(low) + suffix : $"between {N(low)} and {N(high)}{suffix}";
    }

    private static string N(double d) => d.ToString("0.######", CultureInfo.InvariantCulture);
}
