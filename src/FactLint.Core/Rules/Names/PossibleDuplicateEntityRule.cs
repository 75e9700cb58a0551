using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Model;
using FactLint.Names;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Names;

/// <summary>
/// FL4002 possible-duplicate-entity: two entities of one type whose names (or aliases) are
/// spellings of one name, unless one lists the other in <c>distinct_from</c>. Candidates come from
/// the name index (blocking), so the check stays near-linear in the number of entities.
/// </summary>
public sealed class PossibleDuplicateEntityRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL4002", "possible-duplicate-entity", "Two entities may be the same", RuleCategories.Names, Severity.Warning,
        "Two entities of the same type have names that are transliteration variants of each other, and neither lists the other in distinct_from.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.DisplayOnly;

    public override void Analyze(CorpusAnalysisContext context)
    {
        // Its findings depend on the entities alone: while no entity changed, they are the last pass's.
        context.Once(Definition.Id, CorpusAspects.Entities, System.Array.Empty<object?>(), () => Analyze(context, NameCatalogs.Of(context)));
    }

    private static void Analyze(CorpusAnalysisContext context, NameCatalog catalog)
    {
        var spellings = catalog.Spellings;
        var index = new NameIndex();
        foreach (var s in spellings)
        {
            index.Add(s.Name);
        }

        var reported = new HashSet<(EntityRecord, EntityRecord)>();
        foreach (var (i, j) in index.CandidatePairs())
        {
            var a = spellings[i];
            var b = spellings[j];
            // Two records under one id are a duplicate id (FL1003), not two entities that may be one.
            if (ReferenceEquals(a.Entity, b.Entity) || a.Entity.Id == b.Entity.Id || a.EntityType != b.EntityType || Distinct(a.Entity, b.Entity))
            {
                continue;
            }

            var comparison = a.EntityType == "person" ? catalog.Comparer.Compare(a.Name, b.Name) : catalog.Comparer.CompareWhole(a.Name, b.Name);
            if (!comparison.Same)
            {
                continue;
            }

            // Report on the later of the two, so that the first definition reads as the original.
            var (first, later) = Order(a, b);
            if (!reported.Add((first.Entity, later.Entity)))
            {
                continue;
            }

            var node = later.Entity.Name ?? later.Entity.IdNode;
            var message = $"'{later.Entity.Id}' ({later.Canonical}) may be the same {first.EntityType} as '{first.Entity.Id}' ({first.Canonical}): the names differ only as transliterations do. "
                + $"Merge them (keep one id, move the other spelling to its aliases, and point references at it), or add distinct_from: [{first.Entity.Id}] if they are different.";
            var related = ImmutableArray.Create(new RelatedLocation(new SourceLocation(first.Document.Path, first.Document.Text, first.Node.Span), $"'{first.Entity.Id}' is named here"));
            var edit = YamlEdits.AddListItem(later.Document, later.Entity.Node, "distinct_from", first.Entity.Id);
            var fixes = ImmutableArray.Create(new CodeFix($"Add distinct_from: [{first.Entity.Id}] (only if they are different)", FixApplicability.DisplayOnly, ImmutableArray.Create(edit), "FL4002.distinct-from"));
            context.Report(later.Document, node.Span, message, related, fixes);
        }
    }

    private static bool Distinct(EntityRecord a, EntityRecord b) =>
        a.DistinctFrom.Any(r => r.Id == b.Id) || b.DistinctFrom.Any(r => r.Id == a.Id);

    private static (EntitySpelling First, EntitySpelling Later) Order(EntitySpelling a, EntitySpelling b)
    {
        var byPath = string.CompareOrdinal(a.Document.Path, b.Document.Path);
        var aFirst = byPath < 0 || (byPath == 0 && a.Entity.Node.Span.Start <= b.Entity.Node.Span.Start);
        var (first, later) = aFirst ? (a, b) : (b, a);
        // Point at the entities' names, not at whichever aliases happened to match.
        return (AtName(first), AtName(later));
    }

    private static EntitySpelling AtName(EntitySpelling s) =>
        s.IsAlias && s.Entity.Name is { IsString: true } name ? s with { Node = name, IsAlias = false } : s;
}
