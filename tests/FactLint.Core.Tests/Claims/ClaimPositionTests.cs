using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Claims;
using FactLint.Corpus;
using FactLint.Model;
using FactLint.Syntax;

namespace FactLint.Tests.Claims;

/// <summary>How a position is named in FL3001's message: checked against the plain LINQ statement of it.</summary>
public sealed class ClaimPositionTests
{
    [Fact]
    public void Describe_names_the_first_two_distinct_ways_and_sources_in_corpus_order_and_counts_the_rest()
    {
        var document = FactDocument.FromText("a.facts.yaml", "a: 1\n");
        var claim = new ClaimRecord(null, null, (YamlMapping)document.Tree.Root!, null, null, null, null, null, null, null, ImmutableArray<Citation>.Empty, null);
        var random = new Random(7);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var count = random.Next(1, 10);
            var position = new ClaimPosition();
            var entries = new List<ClaimEntry>();

            // Unique corpus orders, added out of order; few distinct values, so repeats are common.
            foreach (var order in Enumerable.Range(0, count).Select(i => (i * 3) + random.Next(3)).OrderBy(_ => random.Next()))
            {
                var entry = new ClaimEntry(document, claim)
                {
                    Order = order,
                    Display = "value " + random.Next(1 + (trial % 5)),
                    SourceLabel = random.Next(6) == 0 ? string.Empty : "outlet " + random.Next(1 + (trial % 4)),
                };
                entries.Add(entry);
                position.Add(entry);
            }

            Assert.Equal(Expected(entries), position.Describe());
            Assert.Equal(entries.Min(e => e.Order), position.FirstOrder);
            Assert.All(entries, e => Assert.True(position.Contains(e)));
        }
    }

    private static string Expected(List<ClaimEntry> entries)
    {
        var inOrder = entries.OrderBy(e => e.Order).ToList();
        var displays = inOrder.Select(e => e.Display).Distinct(StringComparer.Ordinal).ToList();
        var labels = inOrder.Select(e => e.SourceLabel).Distinct(StringComparer.Ordinal).ToList();
        var written = string.Join(" = ", displays.Take(2)) + (displays.Count > 2 ? $" = \u2026 (+{displays.Count - 2})" : string.Empty);
        var who = string.Join("; ", labels.Take(2)) + (labels.Count > 2 ? $" +{labels.Count - 2}" : string.Empty);
        return $"{written} ({who})";
    }
}
