using System;
using System.Linq;
using FactLint.Diagnostics;
using FactLint.Fixes;
using FactLint.Tests.Support;

namespace FactLint.Tests.Fixes;

/// <summary>Each case of the fix issue that once damaged or surprised, kept as a named test.</summary>
public sealed class FixRegressionTests
{
    private const string Sources =
        "factlint: 1\n" +
        "sources:\n" +
        "  - id: tsargrad-2019-05\n" +
        "    title: Riot\n" +
        "    url: https://tsargrad.example/riot\n" +
        "entities:\n" +
        "  - id: riot\n" +
        "    type: event\n" +
        "    name: Vahdat riot\n";

    private static string ClaimCiting(string source) =>
        "factlint: 1\n" +
        "claims:\n" +
        "  - id: c1\n" +
        "    subject: riot\n" +
        "    property: killed\n" +
        "    value: 29\n" +
        "    sources:\n" +
        "      - source: " + source + "\n" +
        "        quote: \"29 dead\"\n";

    [Fact]
    public void An_unknown_source_gets_one_fix_the_closest_id_and_never_a_stub_as_well()
    {
        var (texts, _) = Fix.Run(FixPolicy.SafeAndUnsafe, ("s.facts.yaml", Sources), ("c.facts.yaml", ClaimCiting("tsargrad-2019-5")));
        Assert.Contains("- source: tsargrad-2019-05\n", texts["c.facts.yaml"], StringComparison.Ordinal);
        Assert.DoesNotContain("TODO", texts["c.facts.yaml"], StringComparison.Ordinal);
        Assert.Empty(Fix.Damage(texts));
    }

    [Fact]
    public void A_stub_source_is_a_placeholder_applied_only_when_asked_for_by_its_key()
    {
        var plain = Fix.Run(FixPolicy.SafeAndUnsafe, ("s.facts.yaml", Sources), ("c.facts.yaml", ClaimCiting("ministry-statement")));
        Assert.Empty(plain.Result.Applied);
        Assert.DoesNotContain("TODO", plain.Texts["c.facts.yaml"], StringComparison.Ordinal);

        var asked = Fix.Run(new FixPolicy(true, new[] { "FL1004.source-stub" }), ("s.facts.yaml", Sources), ("c.facts.yaml", ClaimCiting("ministry-statement")));
        Assert.Contains("id: ministry-statement", asked.Texts["c.facts.yaml"], StringComparison.Ordinal);
        Assert.Contains("TODO", asked.Texts["c.facts.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_fix_whose_edit_lies_in_another_file_is_applied_there_once()
    {
        var people =
            "factlint: 1\n" +
            "entities:\n" +
            "  - id: gulmurod-khalimov\n" +
            "    type: person\n" +
            "    name: Gulmurod Khalimov\n";
        // Two quotes name him the same other way: both findings ask for the same alias, which is added once.
        var claims =
            "factlint: 1\n" +
            "sources:\n" +
            "  - {id: src, title: Riot, url: https://s.example}\n" +
            "claims:\n" +
            "  - id: c1\n" +
            "    subject: gulmurod-khalimov\n" +
            "    property: role\n" +
            "    value: commander\n" +
            "    sources:\n" +
            "      - source: src\n" +
            "        quote: \"Gulmurod Halimov, the commander\"\n" +
            "  - id: c2\n" +
            "    subject: gulmurod-khalimov\n" +
            "    property: rank\n" +
            "    value: colonel\n" +
            "    sources:\n" +
            "      - source: src\n" +
            "        quote: \"Colonel Gulmurod Halimov\"\n";
        var before = Lint.Files(("p.facts.yaml", people), ("c.facts.yaml", claims)).Where(d => d.Id == "FL4001").ToList();
        Assert.Equal(2, before.Count);
        var (texts, result) = Fix.Run(FixPolicy.SafeAndUnsafe, ("p.facts.yaml", people), ("c.facts.yaml", claims));
        Assert.Equal(1, CountOf(texts["p.facts.yaml"], "Gulmurod Halimov"));
        Assert.Equal(claims, texts["c.facts.yaml"]);
        Assert.Contains(result.Applied, a => a.Path == "c.facts.yaml" && a.EditedPaths.SequenceEqual(new[] { "p.facts.yaml" }));
        Assert.Empty(Lint.Files(texts.Select(p => (p.Key, p.Value)).ToArray()).Where(d => d.Id == "FL4001"));
    }

    [Fact]
    public void Writing_the_canonical_spelling_into_a_single_quoted_note_doubles_its_apostrophe()
    {
        var people =
            "factlint: 1\n" +
            "entities:\n" +
            "  - id: tohir\n" +
            "    type: person\n" +
            "    name: Tohir Yo'ldosh\n";
        var claims =
            "factlint: 1\n" +
            "sources:\n" +
            "  - {id: src, title: Report, url: https://s.example}\n" +
            "claims:\n" +
            "  - id: c1\n" +
            "    subject: tohir\n" +
            "    property: role\n" +
            "    value: leader\n" +
            "    note: 'Yuldosh led the group'\n" +
            "    sources:\n" +
            "      - source: src\n" +
            "        quote: \"the leader\"\n";
        var finding = Lint.Files(("p.facts.yaml", people), ("c.facts.yaml", claims)).Single(d => d.Id == "FL4001");
        var fix = finding.Fixes.Single(f => f.EquivalenceKey == "FL4001.use-canonical");
        Assert.True(fix.IsSafe);
        var texts = Fix.Safe(("p.facts.yaml", people), ("c.facts.yaml", claims));
        Assert.Contains("    note: 'Yo''ldosh led the group'\n", texts["c.facts.yaml"], StringComparison.Ordinal);
        Assert.Empty(Fix.Damage(texts));
    }

    [Fact]
    public void The_version_is_added_at_the_column_of_an_indented_root_mapping()
    {
        var text = "  entities:\n    - id: riot\n      type: event\n      name: Riot\n";
        var texts = Fix.Safe(("a.facts.yaml", text));
        Assert.Equal("  factlint: 1\n  entities:\n    - id: riot\n      type: event\n      name: Riot\n", texts["a.facts.yaml"]);
        Assert.Empty(Fix.Damage(texts));
    }

    [Fact]
    public void An_empty_version_is_set_with_the_space_yaml_needs()
    {
        var texts = Fix.Unsafe(("a.facts.yaml", "factlint:\nentities: []\n"));
        Assert.Equal("factlint: 1\nentities: []\n", texts["a.facts.yaml"]);
    }

    [Fact]
    public void A_claim_already_preferred_is_not_offered_mark_preferred()
    {
        var text =
            "factlint: 1\n" +
            "sources:\n" +
            "  - {id: a, title: A, url: https://a.example}\n" +
            "  - {id: b, title: B, url: https://b.example}\n" +
            "  - {id: c, title: C, url: https://c.example}\n" +
            "entities:\n" +
            "  - {id: riot, type: event, name: Riot}\n" +
            "claims:\n" +
            "  - {id: c1, subject: riot, property: killed, value: 21, rank: preferred, sources: [{source: a}]}\n" +
            "  - {id: c2, subject: riot, property: killed, value: 40, rank: preferred, sources: [{source: b}]}\n";
        var conflict = Lint.Files(("a.facts.yaml", text)).Single(d => d.Id == "FL3001");
        Assert.DoesNotContain(conflict.Fixes, f => f.Title == "Mark this claim preferred");
        Assert.Contains(conflict.Fixes, f => f.Title == "Mark this claim deprecated");
    }

    [Fact]
    public void The_alias_fix_goes_to_the_entity_whose_whole_name_the_mention_varies()
    {
        var people =
            "factlint: 1\n" +
            "entities:\n" +
            "  - id: vahdat-prison\n" +
            "    type: place\n" +
            "    name: Vahdat Penitentiary\n" +
            "  - id: vahdat\n" +
            "    type: place\n" +
            "    name: Vahdat\n";
        var claims =
            "factlint: 1\n" +
            "sources:\n" +
            "  - {id: src, title: Report, url: https://s.example}\n" +
            "claims:\n" +
            "  - id: c1\n" +
            "    subject: vahdat-prison\n" +
            "    property: distance\n" +
            "    value: 10\n" +
            "    unit: km\n" +
            "    sources:\n" +
            "      - source: src\n" +
            "        quote: \"the prison in Vakhdat, 10 km away\"\n";
        var finding = Lint.Files(("p.facts.yaml", people), ("c.facts.yaml", claims)).Single(d => d.Id == "FL4001");
        var preferred = FixChoice.PreferredOf(finding);
        Assert.NotNull(preferred);
        Assert.Equal("Add 'Vakhdat' to the aliases of vahdat", preferred!.Title);
        var texts = Fix.Unsafe(("p.facts.yaml", people), ("c.facts.yaml", claims));
        Assert.Contains("    name: Vahdat\n    aliases: [Vakhdat]\n", texts["p.facts.yaml"], StringComparison.Ordinal);
        Assert.DoesNotContain("Vakhdat Penitentiary", texts["p.facts.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_fix_that_would_break_a_file_is_rolled_back_and_the_others_are_kept()
    {
        var text = "factlint: 1\nentities:\n  - id: riot\n    type: event\n    name: Riot\n";
        var corpus = new FactLint.Corpus.FactCorpus(new[] { FactLint.Corpus.FactDocument.FromText("a.facts.yaml", text) });
        var options = new FactLint.Analysis.AnalysisOptions { Parallel = false };
        var good = new CodeFix("Rename the event", FixApplicability.Safe, System.Collections.Immutable.ImmutableArray.Create(new FileTextEdit("a.facts.yaml", new Microsoft.CodeAnalysis.Text.TextSpan(text.IndexOf("Riot\n", StringComparison.Ordinal), 4), "Uprising")), "T.good") { IsPreferred = true };
        var bad = new CodeFix("Break the file", FixApplicability.Safe, System.Collections.Immutable.ImmutableArray.Create(new FileTextEdit("a.facts.yaml", new Microsoft.CodeAnalysis.Text.TextSpan(text.IndexOf("entities", StringComparison.Ordinal), 0), "[: ")), "T.bad") { IsPreferred = true };
        var offered = false;
        FactLint.Analysis.AnalysisResult Analyze(FactLint.Corpus.FactCorpus c)
        {
            var real = FactLint.Analysis.CorpusAnalyzer.Analyze(c, options);
            if (offered)
            {
                return real;
            }

            offered = true;
            var doc = c["a.facts.yaml"]!;
            var planted = new[] { "T.bad", "T.good" }.Select(key => new Diagnostic(
                FactLint.Rules.Structure.InternalErrorRule.Definition, Severity.Warning, new SourceLocation(doc.Path, doc.Text, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)), key,
                fixes: System.Collections.Immutable.ImmutableArray.Create(key == "T.bad" ? bad : good)));
            return real with { Diagnostics = real.Diagnostics.AddRange(planted) };
        }

        var result = FixLoop.Run(corpus, Analyze, FixPolicy.Safe, _ => true);
        Assert.Equal(text.Replace("name: Riot", "name: Uprising", StringComparison.Ordinal), corpus["a.facts.yaml"]!.Text.ToString());
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("Break the file", skipped.Title);
        Assert.StartsWith("it would cause FL1001 at a.facts.yaml:", skipped.Reason, StringComparison.Ordinal);
        Assert.Single(result.Applied);
    }

    [Fact]
    public void The_closest_id_offered_for_an_unknown_reference_is_never_an_invalid_id()
    {
        // 'Tsargrad-2019' breaks the id form (FL1002): offering it would swap one error for another.
        var sources = "factlint: 1\nsources:\n  - {id: Tsargrad-2019, title: Riot, url: https://t.example}\nentities:\n  - {id: riot, type: event, name: Riot}\n";
        var finding = Lint.Files(("s.facts.yaml", sources), ("c.facts.yaml", ClaimCiting("tsargrad-2019"))).Single(d => d.Id == "FL1004");
        Assert.DoesNotContain(finding.Fixes, f => f.EquivalenceKey == "FL1004.closest");
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
