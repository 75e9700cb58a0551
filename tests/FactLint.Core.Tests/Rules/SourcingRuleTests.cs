using System.Collections.Generic;
using System.Linq;
using FactLint.Diagnostics;
using FactLint.Tests.Support;

namespace FactLint.Tests.Rules;

public sealed class SourcingRuleTests
{
    private const string Sources =
        "factlint: 1\n" +
        "sources:\n" +
        "  - id: gazette\n" +                                   // line 3
        "    title: Ferry stalls\n" +
        "    publisher: Lakeside Gazette\n" +
        "    archive: archive/gazette.txt\n" +                  // line 6
        "    published: 2024-03-02\n" +
        "  - id: radio\n" +                                     // line 8
        "    title: Ferry news\n" +
        "    url: https://radio.example/ferry\n" +
        "    published: 2024-02\n" +                            // line 11
        "entities:\n" +
        "  - id: ferry-2024\n" +
        "    type: event\n" +
        "    name: Ferry stall\n" +
        "    date: 2024-03-01\n";                                // line 16

    private static readonly Dictionary<string, string> Archive = new()
    {
        ["archive/gazette.txt"] = "The ferry lost power on Friday, and some 140 passengers waited almost three hours before the harbour tug brought them ashore.\nNobody was hurt, the harbour office said.",
    };

    private static string Claim(string value, string source, string quote) =>
        "factlint: 1\nclaims:\n  - id: c1\n    subject: ferry-2024\n    property: passengers\n" +
        $"    value: {value}\n    sources:\n      - source: {source}\n        quote: \"{quote}\"\n";

    private static IReadOnlyList<Diagnostic> Run(string claims) => Lint.WithArchives(Archive, ("sources.facts.yaml", Sources), ("claims.facts.yaml", claims));

    [Fact]
    public void FL2001_reports_a_claim_without_sources_at_its_id_or_at_the_empty_list()
    {
        var missing = "factlint: 1\nclaims:\n  - id: lonely\n    subject: ferry-2024\n    property: p\n    value: 1\n";
        var empty = "factlint: 1\nclaims:\n  - subject: ferry-2024\n    property: p\n    value: 1\n    sources: []\n";
        Assert.Equal(new[] { "a.facts.yaml:3:9-3:15 FL2001" }, Lint.Summaries(Lint.Files(("s.facts.yaml", Sources), ("a.facts.yaml", missing)), "FL2001"));
        Assert.Equal(new[] { "b.facts.yaml:6:14-6:16 FL2001" }, Lint.Summaries(Lint.Files(("s.facts.yaml", Sources), ("b.facts.yaml", empty)), "FL2001"));
        Assert.Empty(Lint.Summaries(Run(Claim("140", "gazette", "some 140 passengers")), "FL2001"));
    }

    [Fact]
    public void FL2002_reports_unlocatable_sources_and_never_reads_outside_the_workspace()
    {
        var text = "factlint: 1\nsources:\n" +
            "  - id: nowhere\n    title: T\n" +                                   // 3: neither url nor archive
            "  - id: abs\n    title: T\n    archive: /etc/passwd\n" +              // 7
            "  - id: up\n    title: T\n    archive: ../../secret.txt\n" +          // 10
            "  - id: gone\n    title: T\n    archive: archive/missing.txt\n" +     // 13
            "  - id: badurl\n    title: T\n    url: not a url\n" +                 // 16
            "  - id: fine\n    title: T\n    archive: ../archive/gazette.txt\n";   // resolves to archive/gazette.txt from sub/
        var found = Lint.WithArchives(Archive, ("sub/a.facts.yaml", text)).Where(d => d.Id == "FL2002").ToList();
        Assert.Equal(
            new[] { "sub/a.facts.yaml:3:9-3:16 FL2002", "sub/a.facts.yaml:7:14-7:25 FL2002", "sub/a.facts.yaml:10:14-10:30 FL2002", "sub/a.facts.yaml:13:14-13:33 FL2002", "sub/a.facts.yaml:16:10-16:19 FL2002" },
            Lint.Summaries(found));
        Assert.Contains("neither 'url' nor 'archive'", found[0].Message);
        Assert.Contains("is absolute", found[1].Message);
        Assert.Contains("leads outside the workspace", found[2].Message);
        Assert.Contains("'sub/archive/missing.txt' does not exist", found[3].Message);
        Assert.Contains("not a web address", found[4].Message);
    }

    [Fact]
    public void FL2003_accepts_a_quote_with_curly_apostrophes_against_straight_ones_and_the_reverse()
    {
        var archive = new Dictionary<string, string> { ["archive/gazette.txt"] = "The harbour office\u2019s spokeswoman said \u201Cnobody was hurt\u201D." };
        var claims = Claim("140", "gazette", "The harbour office's spokeswoman said \\\"Nobody was hurt\\\"");
        Assert.Empty(Lint.Summaries(Lint.WithArchives(archive, ("sources.facts.yaml", Sources), ("claims.facts.yaml", claims)), "FL2003"));
    }

    [Fact]
    public void FL2003_points_at_the_changed_words_shows_the_closest_passage_and_offers_it_as_an_unsafe_fix()
    {
        var claims = Claim("{approx: 140}", "gazette", "some 140 passengers waited nearly three hours");
        var d = Assert.Single(Run(claims), x => x.Id == "FL2003");
        Assert.Equal("claims.facts.yaml:9:44-9:50 FL2003", Lint.Where(d)); // "nearly"
        Assert.Equal(
            "The quote is not in the archived copy of 'gazette' (archive/gazette.txt): it has \u201Cnearly\u201D where the archive has \u201Calmost\u201D. " +
            "The closest passage (line 1) reads \u201Csome 140 passengers waited almost three hours\u201D; quote the source's exact words.",
            d.Message);
        var related = Assert.Single(d.Related);
        Assert.Equal("archive/gazette.txt", related.Location.Path);
        var fix = Assert.Single(d.Fixes);
        Assert.Equal(FixApplicability.Unsafe, fix.Applicability);
        var fixedText = Lint.Apply(claims, fix.Edits);
        Assert.Contains("quote: \"some 140 passengers waited almost three hours\"", fixedText, System.StringComparison.Ordinal);
        Assert.Empty(Lint.Summaries(Run(fixedText), "FL2003"));
    }

    [Fact]
    public void FL2003_says_so_when_nothing_in_the_archive_resembles_the_quote()
    {
        var d = Assert.Single(Run(Claim("140", "gazette", "the minister denied 140 reports of casualties")), x => x.Id == "FL2003");
        Assert.Equal("claims.facts.yaml:9:16-9:63 FL2003", Lint.Where(d));
        Assert.Contains("no passage of it resembles the quote", d.Message);
        Assert.Empty(d.Fixes);
    }

    [Theory]
    [InlineData("140", "some 140 passengers")]
    [InlineData("{at_least: 5}", "at least five of the prisoners")]
    [InlineData("1500", "1,500 people")]
    [InlineData("1500", "1 500 people")]
    [InlineData("7.5", "a rate of 7.5%")]
    [InlineData("21", "twenty-one inmates")]
    [InlineData("12", "a dozen guards")]
    [InlineData("9000000", "nine million people")]
    [InlineData("7000000", "$7 million")]
    [InlineData("1500000000", "a 1.5bn deal")]
    [InlineData("{between: [13, 25]}", "between 13 and 25 dead")]
    [InlineData("21", "some 21 dead")]
    public void FL2004_accepts_a_figure_the_quote_states(string value, string quote)
    {
        Assert.Empty(Lint.Summaries(Lint.Files(("s.facts.yaml", Sources), ("c.facts.yaml", Claim(value, "radio", quote))), "FL2004"));
    }

    [Fact]
    public void FL2004_reports_a_quote_without_the_figure_and_lists_the_numbers_it_has()
    {
        var d = Assert.Single(Lint.Files(("s.facts.yaml", Sources), ("c.facts.yaml", Claim("29", "radio", "32 dead, including three guards"))), x => x.Id == "FL2004");
        Assert.Equal("c.facts.yaml:9:16-9:49 FL2004", Lint.Where(d));
        Assert.Equal("The quote does not state the figure 29 (29 is missing): the numbers it gives are 32, three. Quote the words that give the figure, or correct the value.", d.Message);
    }

    [Fact]
    public void FL2004_reports_an_exact_figure_whose_quote_gives_a_bound_with_a_fix_to_the_bound()
    {
        var claims = Claim("25", "radio", "at least 25 inmates");
        var d = Assert.Single(Lint.Files(("s.facts.yaml", Sources), ("c.facts.yaml", claims)), x => x.Id == "FL2004");
        Assert.Equal("c.facts.yaml:6:12-6:14 FL2004", Lint.Where(d));
        Assert.Contains("a lower bound, \u201Cat least 25\u201D", d.Message);
        var fixedText = Lint.Apply(claims, Assert.Single(d.Fixes).Edits);
        Assert.Contains("value: {at_least: 25}", fixedText, System.StringComparison.Ordinal);
        Assert.Empty(Lint.Summaries(Lint.Files(("s.facts.yaml", Sources), ("c.facts.yaml", fixedText)), "FL2004"));
    }

    [Fact]
    public void FL2005_reports_only_a_source_certainly_published_before_the_event()
    {
        // radio is dated 2024-02 (by 29 February at the latest); the ferry stalled on 2024-03-01.
        var found = Lint.Files(("s.facts.yaml", Sources), ("c.facts.yaml", Claim("140", "radio", "140 passengers")));
        var d = Assert.Single(found, x => x.Id == "FL2005");
        Assert.Equal("c.facts.yaml:8:17-8:22 FL2005", Lint.Where(d));
        Assert.StartsWith("'radio' was published 2024-02 (by 2024-02-29 at the latest), before ferry-2024 began (2024-03-01)", d.Message, System.StringComparison.Ordinal);
        Assert.Equal(2, d.Related.Length);

        // A source of 2024-03 may report an event of 2024-03-01: not reported.
        var sameMonth = Sources.Replace("published: 2024-02\n", "published: 2024-03\n");
        Assert.Empty(Lint.Summaries(Lint.Files(("s.facts.yaml", sameMonth), ("c.facts.yaml", Claim("140", "radio", "140 passengers"))), "FL2005"));
        // An event spanning a range starts at its first day.
        var range = Sources.Replace("date: 2024-03-01", "date: {from: 2024-02, to: 2024-03}");
        Assert.Empty(Lint.Summaries(Lint.Files(("s.facts.yaml", range), ("c.facts.yaml", Claim("140", "radio", "140 passengers"))), "FL2005"));
    }

    [Fact]
    public void FL2006_reports_sources_nobody_cites_or_relies_on()
    {
        var found = Lint.Files(("s.facts.yaml", Sources), ("c.facts.yaml", Claim("140", "radio", "140 passengers")));
        Assert.Equal(new[] { "s.facts.yaml:3:9-3:16 FL2006" }, Lint.Summaries(found, "FL2006"));
        var reliedOn = Sources.Replace("    published: 2024-02\n", "    published: 2024-02\n    relies_on: [gazette]\n");
        Assert.Empty(Lint.Summaries(Lint.Files(("s.facts.yaml", reliedOn), ("c.facts.yaml", Claim("140", "radio", "140 passengers"))), "FL2006"));
    }

    [Fact]
    public void FL2007_reports_sources_that_all_relay_one_origin_and_cycles_without_looping()
    {
        var sources = "factlint: 1\nsources:\n" +
            "  - id: ministry\n    title: Statement\n    url: https://gov.example/s\n" +
            "  - id: wire\n    title: Wire\n    url: https://wire.example/a\n    relies_on: [ministry]\n" +
            "  - id: paper\n    title: Paper\n    url: https://paper.example/a\n    relies_on: [wire]\n" +
            "  - id: loop-a\n    title: A\n    url: https://a.example\n    relies_on: [loop-b]\n" +
            "  - id: loop-b\n    title: B\n    url: https://b.example\n    relies_on: [loop-a]\n";            // line 21
        var claim = "factlint: 1\nclaims:\n  - subject: x\n    property: p\n    value: 1\n    sources:\n      - source: paper\n      - source: ministry\n";
        var found = Lint.Files(("s.facts.yaml", sources), ("c.facts.yaml", claim)).Where(d => d.Id == "FL2007").ToList();
        Assert.Equal(new[] { "c.facts.yaml:6:5-6:12 FL2007", "s.facts.yaml:21:17-21:23 FL2007" }, Lint.Summaries(found));
        Assert.Contains("go back to one origin, 'ministry' ('paper' relays it)", found[0].Message);
        Assert.Contains("relies_on forms a cycle (loop-a \u2192 loop-b \u2192 loop-a)", found[1].Message);

        var independent = claim.Replace("source: ministry", "source: loop-a");
        Assert.Empty(Lint.Summaries(Lint.Files(("s.facts.yaml", sources), ("c.facts.yaml", independent)), "FL2007").Where(s => s.StartsWith("c.", System.StringComparison.Ordinal)));
    }
}
