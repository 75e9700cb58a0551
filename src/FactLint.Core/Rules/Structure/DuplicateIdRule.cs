using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Model;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Structure;

/// <summary>
/// FL1003 duplicate-id: an id defined twice in the corpus. Sources, entities and claims share one
/// namespace; properties have their own. The first definition (by path, then position) is taken
/// as the original; every later one is reported, pointing back at it.
/// </summary>
public sealed class DuplicateIdRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL1003", "duplicate-id", "Duplicate id", RuleCategories.Structure, Severity.Error,
        "Ids are global to the corpus: two records with one id make every reference to it ambiguous.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override void Analyze(CorpusAnalysisContext context)
    {
        Check(context, context.Index.AllRecords, "record");
        Check(context, context.Index.AllProperties, "property");
    }

    private static void Check(CorpusAnalysisContext context, IEnumerable<KeyValuePair<string, List<IdDefinition>>> all, string noun)
    {
        foreach (var pair in all)
        {
            if (pair.Value.Count < 2)
            {
                continue;
            }

            var ordered = pair.Value.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.IdNode.Span.Start).ToList();
            var first = ordered[0];
            var firstLine = context.Location(first.Path, first.IdNode.Span).LineSpan.Start.Line + 1;
            foreach (var dup in ordered.Skip(1))
            {
                var doc = context.Corpus[dup.Path];
                if (doc == null)
                {
                    continue;
                }

                var where = dup.Path == first.Path ? $"line {firstLine}" : $"{first.Path}:{firstLine}";
                var message = $"The id '{pair.Key}' is already used by the {Describe(first.Kind)} at {where}; ids are unique across the corpus, so rename this {Describe(dup.Kind)} (and the references meant for it).";
                var related = ImmutableArray.Create(new RelatedLocation(context.Location(first.Path, first.IdNode.Span), $"first definition of '{pair.Key}'"));
                context.Report(doc, dup.IdNode.Span, message, related);
            }
        }
    }

    private static string Describe(RecordKind kind) => kind switch
    {
        RecordKind.Source => "source",
        RecordKind.Entity => "entity",
        RecordKind.Property => "property",
        _ => "claim",
    };
}
