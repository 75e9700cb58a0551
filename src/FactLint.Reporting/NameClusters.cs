using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Names;
using FactLint.Reporting.Views;

namespace FactLint.Reporting;

/// <summary>
/// Every spelling of each entity: its name and aliases as the records give them, and the variants
/// FL4001 found in quotes, titles and notes (each finding points at the entity spelling it varies).
/// Entities with one spelling and no variant are left out: there is nothing to see.
/// </summary>
internal static class NameClusters
{
    public static List<NameCluster> Of(FactCorpus corpus, AnalysisOptions options, IReadOnlyList<Diagnostic> findings, ReportLimits limits)
    {
        var catalog = new NameCatalog(new NameComparer(options.Config.Names), corpus.Documents.SelectMany(d => d.Model.Entities.Select(e => (d, e))));
        var byEntity = catalog.Spellings.GroupBy(s => s.Entity).ToDictionary(g => g.Key, g => g.ToList());

        // A finding's related place is found among its own file's spellings, not the whole catalog's.
        var byFile = catalog.Spellings.GroupBy(s => s.Document.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var variants = new Dictionary<FactLint.Model.EntityRecord, Dictionary<string, List<FileLine>>>();
        foreach (var d in findings)
        {
            if (d.Id != FactLint.Rules.Names.InconsistentNameSpellingRule.Definition.Id)
            {
                continue;
            }

            var word = d.Location.Text.ToString(d.Location.Span);
            foreach (var related in d.Related)
            {
                var spelling = byFile.TryGetValue(related.Location.Path, out var inFile) ? inFile.Find(s => s.Node.Span.Contains(related.Location.Span.Start)) : null;
                if (spelling == null)
                {
                    continue;
                }

                if (!variants.TryGetValue(spelling.Entity, out var words))
                {
                    variants[spelling.Entity] = words = new Dictionary<string, List<FileLine>>(StringComparer.Ordinal);
                }

                if (!words.TryGetValue(word, out var places))
                {
                    words[word] = places = new List<FileLine>();
                }

                places.Add(ReportBuilder.Where(d.Location));
            }
        }

        var clusters = new List<NameCluster>();
        foreach (var (entity, spellings) in byEntity)
        {
            variants.TryGetValue(entity, out var found);
            if (spellings.Count < 2 && found == null)
            {
                continue;
            }

            var rows = spellings
                .Select(s => new NameSpelling(s.Node.Value, s.IsAlias ? "alias" : "name", 1, new[] { ReportBuilder.Where(s.Document, s.Node.Span) }))
                .Concat((found ?? new Dictionary<string, List<FileLine>>()).Select(w => new NameSpelling(w.Key, "variant", w.Value.Count, w.Value.Distinct().Take(limits.PlacesPerSpelling).ToList())))
                .ToList();
            clusters.Add(new NameCluster(entity.Id, entity.Name?.Value ?? entity.Id, rows));
        }

        // Entities with variants in the text first: those are what a reader may have got wrong.
        return clusters.OrderByDescending(c => c.Spellings.Count(s => s.Kind == "variant")).ThenBy(c => c.EntityId, StringComparer.Ordinal).ToList();
    }
}
