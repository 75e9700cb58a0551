using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.LanguageServer.Protocol;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.LanguageServer.Tests;

/// <summary>Each way the editor and the CLI once disagreed, by name.</summary>
public sealed class ParityRegressionTests
{
    private const string Fact = "factlint: 1\nentities:\n  - {id: riot, type: event, name: Riot, bogus: 1}\n";

    [Fact]
    public void A_didOpen_with_a_lone_surrogate_is_read_with_a_replacement_character_in_its_place()
    {
        var json = "{\"textDocument\":{\"uri\":\"file:///a.facts.yaml\",\"languageId\":\"yaml\",\"version\":1,\"text\":\"note: \\ud83d half an emoji\"}}";
        var parsed = JsonSerializer.Deserialize(json, LspJsonContext.Default.DidOpenTextDocumentParams)!;
        Assert.Equal("note: \uFFFD half an emoji", parsed.TextDocument.Text);
        var change = JsonSerializer.Deserialize("{\"range\":null,\"text\":\"x\\udc00y\\n\"}", LspJsonContext.Default.TextDocumentContentChangeEvent)!;
        Assert.Equal("x\uFFFDy\n", change.Text);
    }

    [Fact]
    public void Line_separators_inside_a_quote_do_not_move_later_findings_to_another_line()
    {
        var text = "factlint: 1\nsources:\n  - {id: s, title: \"a\u2028b\u2029c\u0085d\", url: https://s.example}\nentities:\n  - {id: riot, type: event, name: Riot, bogus: 1}\n";
        var doc = FactDocument.FromText("a.facts.yaml", text);
        var d = Assert.Single(CorpusAnalyzer.Analyze(new FactCorpus(new[] { doc })).Diagnostics, x => x.Id == "FL1002");
        Assert.Equal(4, d.Location.LineSpan.Start.Line); // the fifth line, as LSP and every editor count
        Assert.Equal(4, TextChanges.ToPosition(doc.Text, d.Location.Span.Start).Line);
        Assert.Equal(d.Location.Span.Start, TextChanges.ToOffset(doc.Text, new Position(4, d.Location.LineSpan.Start.Character)));
    }

    [Fact]
    public void A_byte_order_mark_in_the_editors_text_is_not_content()
    {
        var withBom = CorpusAnalyzer.Analyze(new FactCorpus(new[] { FactDocument.FromText("a.facts.yaml", "\uFEFF" + Fact) })).Diagnostics;
        var fromBytes = CorpusAnalyzer.Analyze(new FactCorpus(new[] { FactDocument.FromBytes("a.facts.yaml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Fact)).ToArray()) })).Diagnostics;
        Assert.Equal(fromBytes.Select(d => d.Id + " " + d.Message), withBom.Select(d => d.Id + " " + d.Message));
        Assert.DoesNotContain(withBom, d => d.Id == "FL1005");
    }

    [Fact]
    public void A_nul_character_or_an_oversized_buffer_from_the_editor_is_refused_as_the_cli_refuses_the_file()
    {
        var nulText = "factlint: 1\n\0\n";
        var fromText = FactDocument.FromText("a.facts.yaml", nulText);
        var fromBytes = FactDocument.FromBytes("a.facts.yaml", Encoding.UTF8.GetBytes(nulText));
        Assert.Equal(fromBytes.DecodeError!.Value.Message, fromText.DecodeError!.Value.Message);

        var huge = new string('x', (int)(FactLint.Syntax.ParseLimits.Default.MaxFileBytes + 10));
        Assert.Contains("over the 32 MB limit", FactDocument.FromText("big.facts.yaml", SourceText.From(huge)).DecodeError!.Value.Message, StringComparison.Ordinal);
    }
}
