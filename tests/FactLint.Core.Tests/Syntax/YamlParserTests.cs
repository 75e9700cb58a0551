using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using FactLint.Corpus;
using FactLint.Syntax;

namespace FactLint.Tests.Syntax;

public sealed class YamlParserTests
{
    private static string At(YamlSyntaxTree tree, YamlNode node) => tree.Text.ToString(node.Span);

    [Fact]
    public void Every_node_knows_its_exact_span()
    {
        var text = "factlint: 1\nclaims:\n  - subject: 'vahdat-riot'\n    value: {at_least: 25}\n    tags: [a, b]\n";
        var tree = YamlParser.Parse(text);
        Assert.Empty(tree.Errors);
        var root = Assert.IsType<YamlMapping>(tree.Root);
        var claim = Assert.IsType<YamlMapping>(root.GetSequence("claims")!.Items[0]);
        Assert.Equal("'vahdat-riot'", At(tree, claim.Get("subject")!));
        Assert.Equal("{at_least: 25}", At(tree, claim.Get("value")!));
        Assert.Equal("[a, b]", At(tree, claim.Get("tags")!));
        Assert.Equal("subject", At(tree, claim.Entries[0].Key));
        Assert.StartsWith("subject", At(tree, claim));
        Assert.EndsWith("[a, b]", At(tree, claim));
    }

    [Fact]
    public void Spans_count_utf16_units_and_crlf_line_breaks()
    {
        var tree = YamlParser.Parse("a: \U0001F600x\r\nb: Khalimov\r\n");
        var root = (YamlMapping)tree.Root!;
        var b = root.Get("b")!;
        Assert.Equal("Khalimov", At(tree, b));
        var pos = tree.Text.Lines.GetLinePosition(b.Span.Start);
        Assert.Equal((1, 3), (pos.Line, pos.Character));
        Assert.Equal("\U0001F600x", At(tree, root.Get("a")!));
    }

    [Fact]
    public void Core_schema_types_plain_scalars_and_keeps_quoted_ones_text()
    {
        var tree = YamlParser.Parse("a: 2019-05-19\nb: 29\nc: '29'\nd: 1.5\ne: true\nf: ~\ng: yes\nh: 0x1F\n");
        var m = (YamlMapping)tree.Root!;
        Assert.Equal(ScalarType.String, m.GetScalar("a")!.Type);
        Assert.Equal(ScalarType.Integer, m.GetScalar("b")!.Type);
        Assert.Equal(ScalarType.String, m.GetScalar("c")!.Type);
        Assert.Equal(ScalarType.Float, m.GetScalar("d")!.Type);
        Assert.Equal(ScalarType.Boolean, m.GetScalar("e")!.Type);
        Assert.Equal(ScalarType.Null, m.GetScalar("f")!.Type);
        Assert.Equal(ScalarType.String, m.GetScalar("g")!.Type);
        Assert.True(m.GetScalar("h")!.TryGetDouble(out var hex) && hex == 31);
    }

    [Fact]
    public void Comments_are_kept_but_hashes_inside_values_are_not_comments()
    {
        var text = "# top\na: \"# not a comment\"  # trailing\nb: x#y\nc: |\n  # block text\nd: 1 # last";
        var tree = YamlParser.Parse(text);
        Assert.Empty(tree.Errors);
        Assert.Equal(new[] { " top", " trailing", " last" }, tree.Comments.Select(c => c.Text).ToArray());
        Assert.True(tree.Comments[0].IsWholeLine);
        Assert.False(tree.Comments[1].IsWholeLine);
        Assert.Equal("# trailing", tree.Text.ToString(tree.Comments[1].Span));
    }

    [Fact]
    public void A_tab_in_indentation_is_reported_on_the_tab()
    {
        var tree = YamlParser.Parse("sources:\n  - id: x\n\ttitle: y\n");
        var error = Assert.Single(tree.Errors);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(19, 1), error.Span);
        Assert.Contains("spaces", error.Message);
        Assert.False(tree.IsComplete);
    }

    [Fact]
    public void A_syntax_error_keeps_the_tree_built_before_it()
    {
        var tree = YamlParser.Parse("sources:\n  - id: first\n  - id: second\n bad: [\n");
        Assert.NotEmpty(tree.Errors);
        var seq = ((YamlMapping)tree.Root!).GetSequence("sources")!;
        Assert.Equal("first", ((YamlMapping)seq.Items[0]).GetScalar("id")!.Value);
    }

    [Fact]
    public void Duplicate_keys_are_reported_on_the_second_key()
    {
        var tree = YamlParser.Parse("a: 1\nb: 2\na: 3\n");
        var error = Assert.Single(tree.Errors);
        Assert.Equal("a", tree.Text.ToString(error.Span));
        Assert.Equal(10, error.Span.Start);
        Assert.Contains("first on line 1", error.Message);
        Assert.True(tree.IsComplete);
    }

    [Fact]
    public void Duplicate_keys_are_found_in_large_mappings_too()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            sb.Append("k").Append(i).Append(": ").Append(i).Append('\n');
        }

        sb.Append("k42: again\n");
        var tree = YamlParser.Parse(sb.ToString());
        Assert.Contains("'k42' appears twice", Assert.Single(tree.Errors).Message);
    }

    [Fact]
    public void A_second_document_is_reported()
    {
        var tree = YamlParser.Parse("a: 1\n---\nb: 2\n");
        Assert.Contains("second one starts here", Assert.Single(tree.Errors).Message);
        Assert.NotNull(((YamlMapping)tree.Root!).Get("a"));
    }

    [Fact]
    public void Aliases_resolve_without_copying_and_unknown_ones_are_reported()
    {
        var tree = YamlParser.Parse("a: &x [1, 2]\nb: *x\nc: *nope\n");
        var m = (YamlMapping)tree.Root!;
        Assert.Same(m.Get("a"), m.Get("b"));
        Assert.Contains("*nope", Assert.Single(tree.Errors).Message);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_cut_off_quickly()
    {
        var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 30; i++)
        {
            sb.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        }

        var watch = Stopwatch.StartNew();
        var doc = FactDocument.FromText("bomb.facts.yaml", sb.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Contains(doc.Tree.Errors, e => e.Message.Contains("alias bomb"));
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_stop_with_a_diagnostic()
    {
        var flow = new string('[', 10_000) + new string(']', 10_000);
        var block = string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i) + "k:\n"));
        foreach (var text in new[] { flow, block })
        {
            // The block form is 50 MB of indentation: past the size limit, which is not what this tests.
            var doc = FactDocument.FromText("deep.facts.yaml", Microsoft.CodeAnalysis.Text.SourceText.From(text), new FactLint.Syntax.ParseLimits { MaxFileBytes = 64L * 1024 * 1024 });
            Assert.NotEmpty(doc.Tree.Errors);
            Assert.All(doc.Tree.Errors, e => Assert.InRange(e.Span.End, 0, text.Length));
        }
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_the_rest_is_still_read()
    {
        var bytes = Encoding.UTF8.GetBytes("factlint: 1\nname: Kh\u00e1limov\n").ToList();
        bytes.Insert(15, 0xC3);
        bytes.Insert(16, 0x28);
        var doc = FactDocument.FromBytes("bad.facts.yaml", bytes.ToArray());
        Assert.NotNull(doc.DecodeError);
        Assert.Contains("not valid UTF-8", doc.DecodeError!.Value.Message);
        Assert.Equal(1, doc.Text.Lines.GetLinePosition(doc.DecodeError.Value.Span.Start).Line);
        Assert.NotNull(((YamlMapping)doc.Tree.Root!).Get("factlint"));
    }

    [Fact]
    public void Binary_and_empty_files_do_not_throw()
    {
        var binary = FactDocument.FromBytes("x.facts.yaml", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2 });
        Assert.Contains("binary", binary.DecodeError!.Value.Message);
        Assert.True(binary.IsBroken);

        var empty = FactDocument.FromBytes("e.facts.yaml", Array.Empty<byte>());
        Assert.Null(empty.Tree.Root);
        Assert.Empty(empty.Tree.Errors);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_parsing()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        var watch = Stopwatch.StartNew();
        var doc = FactDocument.FromBytes("huge.facts.yaml", bytes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Contains("over the 32 MB limit", doc.DecodeError!.Value.Message);
    }

    [Fact]
    public void Utf16_files_with_a_bom_are_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("factlint: 1\n")).ToArray();
        var doc = FactDocument.FromBytes("u16.facts.yaml", bytes);
        Assert.Null(doc.DecodeError);
        Assert.NotNull(((YamlMapping)doc.Tree.Root!).Get("factlint"));
    }
}
