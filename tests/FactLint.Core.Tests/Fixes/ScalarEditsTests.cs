using System;
using System.Linq;
using FactLint.Corpus;
using FactLint.Editing;
using FactLint.Syntax;
using FactLint.Tests.Support;

namespace FactLint.Tests.Fixes;

/// <summary>
/// A replaced word in every scalar style: the file still parses, the scalar reads back as the new
/// value, and every byte outside the edit is unchanged.
/// </summary>
public sealed class ScalarEditsTests
{
    private const string Before = "factlint: 1\nsources:\n  - id: s\n    title: ";
    private const string After = "\n    url: https://s.example  # kept\n";

    [Theory]
    [InlineData("Halimov said so", "O'Brien", "O'Brien said so", "O'Brien said so")]
    [InlineData("'Halimov said so'", "O'Brien", "'O''Brien said so'", "O'Brien said so")]
    [InlineData("\"Halimov said so\"", "Say \"hi\" \\ there", "\"Say \\\"hi\\\" \\\\ there said so\"", "Say \"hi\" \\ there said so")]
    [InlineData("Halimov said so", "a: b #c", "\"a: b #c said so\"", "a: b #c said so")]
    [InlineData("Halimov", "true", "\"true\"", "true")]
    [InlineData("Halimov", "- 12", "\"- 12\"", "- 12")]
    [InlineData("Halimov said so", "[x]", "\"[x] said so\"", "[x] said so")]
    [InlineData("'Halimov said so'", "line\nbreak", "\"line\\nbreak said so\"", "line\nbreak said so")]
    public void A_word_is_replaced_in_the_scalars_own_style(string written, string replacement, string expectedWritten, string expectedValue)
    {
        var text = Before + written + After;
        var doc = FactDocument.FromText("a.facts.yaml", text);
        var title = Title(doc);
        var edit = ScalarEdits.ReplaceInValue(doc, title, 0, "Halimov".Length, replacement);
        var result = Lint.Apply(text, new[] { edit });
        Assert.Equal(Before + expectedWritten + After, result);
        var reparsed = FactDocument.FromText("a.facts.yaml", result);
        Assert.False(reparsed.IsBroken);
        Assert.Equal(expectedValue, Title(reparsed).Value);
    }

    [Fact]
    public void A_block_scalar_is_replaced_up_to_its_text_and_keeps_the_line_break_that_ends_it()
    {
        var text = Before + "|\n      Halimov\n      said so\n    url: https://s.example\n";
        var doc = FactDocument.FromText("a.facts.yaml", text);
        var edit = ScalarEdits.ReplaceValue(doc, Title(doc), "Khalimov said so");
        var result = Lint.Apply(text, new[] { edit });
        Assert.Equal(Before + "\"Khalimov said so\"\n    url: https://s.example\n", result);
        var reparsed = FactDocument.FromText("a.facts.yaml", result);
        Assert.False(reparsed.IsBroken);
        Assert.Equal("Khalimov said so", Title(reparsed).Value);
    }

    [Theory]
    [InlineData("Khalimov's son")]
    [InlineData("Yo'ldosh")]
    [InlineData("al-Qa'ida")]
    [InlineData("Colony No. 3/1")]
    public void New_scalars_stay_plain_where_yaml_reads_them_back(string value) => Assert.Equal(value, YamlScalars.Write(value));

    [Theory]
    [InlineData("yes, no")]
    [InlineData("null")]
    [InlineData("1e3")]
    [InlineData("#tag")]
    [InlineData("'quoted'")]
    [InlineData(" padded")]
    public void New_scalars_are_quoted_where_plain_would_change_them(string value) => Assert.StartsWith("\"", YamlScalars.Write(value), StringComparison.Ordinal);

    private static YamlScalar Title(FactDocument doc) => doc.Model.Sources.Single().Title!;
}
