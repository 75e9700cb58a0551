using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Names;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Names;

/// <summary>
/// FL4003 ambiguous-alias: an alias that is also the name or an alias of another entity (compared
/// without case, accents or punctuation). A mention written that way cannot be attributed, and the
/// spelling checks would accept it for both.
/// </summary>
public sealed class AmbiguousAliasRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL4003", "ambiguous-alias", "Alias names two entities", RuleCategories.Names, Severity.Warning,
        "An alias of one entity is also the name or an alias of another entity, so a mention spelled that way cannot be attributed to either.");

    public override DiagnosticDescriptor Descriptor => Definition;

    /// <summary>Related locations listed per finding: the message gives the count, and an editor cannot show a thousand.</summary>
    private const int MaxRelated = 10;

    public override void Analyze(CorpusAnalysisContext context)
    {
        // Its findings depend on the entities alone: while no entity changed, they are the last pass's.
        context.Once(Definition.Id, CorpusAspects.Entities, System.Array.Empty<object?>(), () => Analyze(context, NameCatalogs.Of(context)));
    }

    private static void Analyze(CorpusAnalysisContext context, NameCatalog catalog)
    {
        var byKey = new Dictionary<string, List<EntitySpelling>>(StringComparer.Ordinal);
        foreach (var s in catalog.Spellings)
        {
            var key = Key(s.Node.Value);
            if (key.Length == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var list))
            {
                list = new List<EntitySpelling>();
                byKey[key] = list;
            }

            list.Add(s);
        }

        foreach (var group in byKey.Values)
        {
            if (group.Count < 2 || group.Select(s => s.Entity).Distinct().Count() < 2)
            {
                continue;
            }

            // The first spelling in file order stands; each later alias that repeats it is reported.
            var inOrder = group.OrderBy(s => s.Document.Path, StringComparer.Ordinal).ThenBy(s => s.Node.Span.Start).ToList();
            var standing = inOrder.FirstOrDefault(s => !s.IsAlias) ?? inOrder[0];
            foreach (var alias in inOrder.Where(s => s.IsAlias && !ReferenceEquals(s, standing) && !ReferenceEquals(s.Entity, standing.Entity)))
            {
                var others = inOrder.Where(s => !ReferenceEquals(s.Entity, alias.Entity)).ToList();
                var first = others[0];
                var what = first.IsAlias ? "an alias" : "the name";
                var message = $"The alias '{alias.Node.Value}' of '{alias.Entity.Id}' is also {what} of '{first.Entity.Id}'{(others.Count > 1 ? $" and {others.Count - 1} more" : string.Empty)}: a mention spelled this way cannot be attributed. Keep it on the entity it belongs to and remove it from the other.";
                var related = others.Take(MaxRelated).Select(o => new RelatedLocation(new SourceLocation(o.Document.Path, o.Document.Text, o.Node.Span), $"{(o.IsAlias ? "alias" : "name")} of '{o.Entity.Id}'")).ToImmutableArray();
                context.Report(alias.Document, alias.Node.Span, message, related);
            }
        }
    }

    private static readonly char[] Separators = { ' ', '\t', '-', '.', ',' };

    /// <summary>Letters folded as in every name key; digits kept, since Colony No. 1 and Colony No. 3 are two places.</summary>
    private static string Key(string spelling) =>
        string.Join(" ", spelling.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(w => Transliteration.Letters(w) + Digits(w)).Where(w => w.Length > 0));

    private static string Digits(string word) => new(word.Where(c => c is >= '0' and <= '9').ToArray());
}
