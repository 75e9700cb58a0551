using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Tests.Analysis;

/// <summary>
/// <see cref="CorpusAnalysisContext.OnceEach"/> analyses a rule's items on every core: its findings
/// must come out in item order, as the sequential loop of Once gives them, however the batches fall.
/// </summary>
public sealed class OnceEachTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    public void Findings_come_out_in_item_order_on_every_core_as_on_one(int items)
    {
        var documents = Enumerable.Range(0, 5).Select(i => FactDocument.FromText($"f{i}.facts.yaml", "version: 1\n")).ToList();
        var expected = Expected(items, documents);

        var one = Run(items, documents, parallel: false);
        Assert.Equal(expected, one);
        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(expected, Run(items, documents, parallel: true));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_failing_item_fails_the_rule_with_its_own_exception_on_every_core_as_on_one(bool parallel)
    {
        var documents = new List<FactDocument> { FactDocument.FromText("f.facts.yaml", "version: 1\n") };
        var rule = new NumberedFindingsRule(1000, failAt: 700);
        var options = new AnalysisOptions { Rules = new RuleCatalog(new Rule[] { rule }), Parallel = parallel };
        var findings = CorpusAnalyzer.AnalyzeCorpus(new FactCorpus(documents), options, default)["f.facts.yaml"];

        var failure = Assert.Single(findings, d => d.Id == EngineDescriptors.InternalError.Id);
        Assert.Contains("failed on this file with InvalidOperationException: item 700 is broken", failure.Message, StringComparison.Ordinal);
    }

    private static List<string> Run(int items, List<FactDocument> documents, bool parallel)
    {
        var rule = new NumberedFindingsRule(items);
        var options = new AnalysisOptions { Rules = new RuleCatalog(new Rule[] { rule }), Parallel = parallel };
        var byPath = CorpusAnalyzer.AnalyzeCorpus(new FactCorpus(documents), options, default);
        return documents.SelectMany(d => byPath.TryGetValue(d.Path, out var list) ? list : new List<Diagnostic>())
            .Select(d => $"{d.Location.Path}: {d.Message}").ToList();
    }

    // Item i reports i % 4 findings (none for a quarter of them, so batches have holes), on file i % 5.
    private static List<string> Expected(int items, List<FactDocument> documents) =>
        documents.SelectMany(d => Enumerable.Range(0, items)
            .Where(i => documents[i % documents.Count] == d)
            .SelectMany(i => Enumerable.Range(0, i % 4).Select(n => $"{d.Path}: item {i} finding {n}")))
        .ToList();

    private sealed class NumberedFindingsRule(int items, int failAt = -1) : CorpusRule
    {
        private static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
            "FL9901", "numbered-findings", "Numbered findings", RuleCategories.Structure, Severity.Warning, "A test rule.");

        public override DiagnosticDescriptor Descriptor => Definition;

        public override void Analyze(CorpusAnalysisContext context) =>
            context.OnceEach(Enumerable.Range(0, items).ToList(), i => $"item {i}", CorpusAspects.Entities, i => new object?[] { i }, (batch, i) =>
            {
                if (i == failAt)
                {
                    throw new InvalidOperationException($"item {i} is broken");
                }

                var document = context.Documents[i % context.Documents.Count];
                for (var n = 0; n < i % 4; n++)
                {
                    batch.Report(document, new TextSpan(0, 7), $"item {i} finding {n}");
                }
            });
    }
}
