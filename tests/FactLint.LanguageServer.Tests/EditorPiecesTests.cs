using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.LanguageServer.Handlers;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.LanguageServer.Tests;

public sealed class EditorPiecesTests
{
    private const string Corpus = """
        factlint: 1
        entities:
          - id: vahdat-riot-2019
            type: event
        claims:
          - id: a
            subject: vahdat-riot-2019
            property: killed.prisoners
            value: 29
            sources:
              - source: s1
        """;

    [Fact]
    public void Findings_away_from_an_edit_move_with_the_text_and_touched_ones_are_dropped()
    {
        var before = SourceText.From(Corpus);
        var doc = FactDocument.FromText("a.facts.yaml", before);
        var findings = CorpusAnalyzer.AnalyzeFile(doc, new AnalysisOptions());
        var s1 = Corpus.IndexOf("s1", System.StringComparison.Ordinal);
        var fake = new List<FactLint.Diagnostics.Diagnostic>
        {
            FactLint.Diagnostics.Diagnostic.Create(FactLint.Rules.Structure.UnknownReferenceRule.Definition, new FactLint.Diagnostics.SourceLocation(doc.Path, before, new TextSpan(s1, 2)), "unknown s1"),
            FactLint.Diagnostics.Diagnostic.Create(FactLint.Rules.Structure.UnknownReferenceRule.Definition, new FactLint.Diagnostics.SourceLocation(doc.Path, before, new TextSpan(Corpus.IndexOf("29", System.StringComparison.Ordinal), 2)), "on the value"),
        };
        var at = Corpus.IndexOf("29", System.StringComparison.Ordinal);
        var after = before.WithChanges(new TextChange(new TextSpan(at, 2), "31")).WithChanges(new TextChange(new TextSpan(0, 0), "# hello\n"));
        var shifted = DiagnosticShifter.Shift(fake, before, after);
        var moved = Assert.Single(shifted);
        Assert.Equal("unknown s1", moved.Message);
        Assert.Equal("s1", after.ToString(moved.Location.Span));
        Assert.Same(after, moved.Location.Text);
        Assert.Empty(findings.Where(f => f.Location.Text != before));
    }

    [Fact]
    public void A_text_replaced_whole_drops_every_carried_finding()
    {
        var before = SourceText.From(Corpus);
        var d = FactLint.Diagnostics.Diagnostic.Create(FactLint.Rules.Structure.UnknownReferenceRule.Definition, new FactLint.Diagnostics.SourceLocation("a", before, new TextSpan(3, 2)), "x");
        Assert.Empty(DiagnosticShifter.Shift(new[] { d }, before, SourceText.From(Corpus + "\n")));
    }

    [Theory]
    [InlineData("    subject: vah", "subject", "vah")]
    [InlineData("      - source: ", "source", "")]
    [InlineData("    relies_on: [a, b", "relies_on", "b")]
    [InlineData("    rank: pre", "rank", "pre")]
    public void Completion_context_is_read_from_the_line_being_typed(string line, string key, string partial)
    {
        var text = SourceText.From("claims:\n  - id: x\n" + line);
        var context = CompletionHandler.Context(text, text.Length);
        Assert.NotNull(context);
        Assert.Equal(key, context.Value.Key);
        Assert.Equal(partial, text.ToString(context.Value.Replace));
        Assert.Equal("claims", context.Value.Section);
    }

    [Fact]
    public void Completion_context_finds_the_key_of_a_block_list_item()
    {
        var text = SourceText.From("entities:\n  - id: x\n    distinct_from:\n      - a\n      - gul");
        var context = CompletionHandler.Context(text, text.Length);
        Assert.Equal("distinct_from", context!.Value.Key);
        Assert.Equal("gul", text.ToString(context.Value.Replace));
        Assert.Null(CompletionHandler.Context(SourceText.From("claims:\n  - note: free text here"), 31));
    }

    [Fact]
    public void Positions_out_of_range_are_clamped_and_reversed_ranges_skipped()
    {
        var text = SourceText.From("ab\ncd");
        Assert.Equal(5, TextChanges.ToOffset(text, new Position(9, 9)));
        Assert.Equal(2, TextChanges.ToOffset(text, new Position(0, 99)));
        Assert.Equal(0, TextChanges.ToOffset(text, new Position(-1, 3)));
        var changed = TextChanges.Apply(text, new[]
        {
            new TextDocumentContentChangeEvent { Range = new Range(new Position(1, 2), new Position(0, 0)), Text = "x" },
            new TextDocumentContentChangeEvent { Range = new Range(new Position(1, 0), new Position(1, 1)), Text = "C" },
        }, out var skipped);
        Assert.Equal(1, skipped);
        Assert.Equal("ab\nCd", changed.ToString());
    }

    [Fact]
    public void Workspace_symbol_matching_ranks_prefix_then_substring_then_letters()
    {
        Assert.Equal(0, SymbolHandler.Match("vah", "vahdat-prison"));
        Assert.Equal(1, SymbolHandler.Match("prison", "vahdat-prison"));
        Assert.Equal(2, SymbolHandler.Match("vdp", "vahdat-prison"));
        Assert.Equal(-1, SymbolHandler.Match("xyz", "vahdat-prison"));
    }
}
