using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Tests.Support;

namespace FactLint.Tests.Findings;

/// <summary>The quote cases of the findings issue, each by name.</summary>
public sealed class QuoteFindingTests
{
    private const string Sources =
        "factlint: 1\n" +
        "sources:\n" +
        "  - id: tsargrad\n" +
        "    title: Riot\n" +
        "    archive: archive/tsargrad.txt\n" +
        "    published: 2019-05-20\n" +
        "entities:\n" +
        "  - {id: riot, type: event, name: Vahdat riot, date: 2019-05-19}\n";

    private static string Claim(string value, string quote) =>
        "factlint: 1\nclaims:\n  - id: c1\n    subject: riot\n    property: killed\n" +
        $"    value: {value}\n    sources:\n      - source: tsargrad\n        quote: \"{quote}\"\n";

    private static List<FactLint.Diagnostics.Diagnostic> Run(string archive, string value, string quote) =>
        Lint.WithArchives(new Dictionary<string, string> { ["archive/tsargrad.txt"] = archive }, ("s.facts.yaml", Sources), ("c.facts.yaml", Claim(value, quote))).ToList();

    [Fact]
    public void A_quote_found_only_inside_a_longer_number_is_reported()
    {
        var found = Run("Officials said 29 prisoners were killed in the riot.", "9", "9 prisoners were killed");
        var d = Assert.Single(found, x => x.Id == "FL2003");
        Assert.Contains("has \u201C9\u201D where the archive has \u201C29\u201D", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_word_is_named_as_left_out_and_the_passage_includes_the_words_around_it()
    {
        var archive = "The attack left three security guards dead and two more injured, the ministry said on Monday.";
        var d = Assert.Single(Run(archive, "3", "The attack left three guards dead and two more injured"), x => x.Id == "FL2003");
        Assert.Contains("leaves out \u201Csecurity\u201D", d.Message, StringComparison.Ordinal);
        Assert.Contains("reads \u201CThe attack left three security guards dead and two more injured,\u201D", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_word_is_named_as_added()
    {
        var archive = "The attack left three guards dead and two more injured, the ministry said.";
        var d = Assert.Single(Run(archive, "3", "The attack left three prison guards dead and two more injured"), x => x.Id == "FL2003");
        Assert.Contains("adds \u201Cprison\u201D", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_word_in_a_quote_of_over_600_words_is_named()
    {
        var words = Enumerable.Range(0, 700).Select(i => "word" + i).ToList();
        var archive = "Intro. " + string.Join(" ", words) + " 29 prisoners were killed. Outro.";
        var quoteWords = new List<string>(words) { "29", "prisoners", "were", "killed." };
        quoteWords[350] = "changed";
        var d = Assert.Single(Run(archive, "29", string.Join(" ", quoteWords)), x => x.Id == "FL2003");
        Assert.True(d.Message.Contains("has \u201Cchanged\u201D where the archive has \u201Cword350\u201D", StringComparison.Ordinal), d.Message.Substring(0, Math.Min(400, d.Message.Length)));
        Assert.DoesNotContain("only in punctuation", d.Message, StringComparison.Ordinal);
    }
}
