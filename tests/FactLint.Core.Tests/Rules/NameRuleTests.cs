using System.Linq;
using FactLint.Config;
using FactLint.Diagnostics;
using FactLint.Names;
using FactLint.Tests.Support;

namespace FactLint.Tests.Rules;

public sealed class NameRuleTests
{
    private const string People =
        "factlint: 1\n" +
        "entities:\n" +
        "  - id: gulmurod-khalimov\n" +
        "    type: person\n" +
        "    name: Gulmurod Khalimov\n" +
        "    distinct_from: [bekhruz-gulmurod]\n" +
        "  - id: bekhruz-gulmurod\n" +
        "    type: person\n" +
        "    name: Bekhruz Gulmurod\n" +
        "  - id: is\n" +
        "    type: organization\n" +
        "    name: Islamic State\n" +
        "  - id: iskp\n" +
        "    type: organization\n" +
        "    name: Islamic State Khorasan Province\n" +
        "  - id: riot\n" +
        "    type: event\n" +
        "    name: Vahdat riot\n";

    private static string Claim(string note = "", string quote = "\"29 dead\"") =>
        "factlint: 1\n" +
        "sources:\n" +
        "  - {id: src, title: Riot in Vahdat, url: https://s.example}\n" +
        "claims:\n" +
        "  - id: c1\n" +
        "    subject: riot\n" +
        "    property: killed\n" +
        "    value: 29\n" +
        (note.Length > 0 ? "    note: " + note + "\n" : string.Empty) +
        "    sources:\n" +
        "      - source: src\n" +
        "        quote: " + quote + "\n";

    [Fact]
    public void Distinct_but_similar_names_are_not_reported()
    {
        var found = Lint.Files(("people.facts.yaml", People), ("claims.facts.yaml", Claim("Khalimov's son, Bekhruz Gulmurod, led it.")));
        Assert.Empty(found.Where(d => d.Id.StartsWith("FL4", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_variant_in_a_note_is_reported_on_the_word_and_fixed_safely()
    {
        var claims = Claim("Halimov's son was named as the instigator.");
        var found = Lint.Files(("people.facts.yaml", People), ("claims.facts.yaml", claims)).Where(d => d.Id == "FL4001").ToList();
        var d = Assert.Single(found);
        Assert.Equal("claims.facts.yaml:9:11-9:18 FL4001", Lint.Where(d));
        Assert.Contains("'Halimov' looks like another spelling of 'Khalimov'", d.Message, System.StringComparison.Ordinal);
        var fix = d.Fixes.First(f => f.Applicability == FixApplicability.Safe);
        var fixedText = Lint.Apply(claims, fix.Edits);
        Assert.Contains("note: Khalimov's son", fixedText, System.StringComparison.Ordinal);
        Assert.Empty(Lint.Files(("people.facts.yaml", People), ("claims.facts.yaml", fixedText)).Where(x => x.Id == "FL4001"));
    }

    [Fact]
    public void A_variant_in_a_quote_is_never_edited_but_can_become_an_alias()
    {
        var claims = Claim(quote: "\"Gulmurod Halimov said 29 died\"");
        var d = Assert.Single(Lint.Files(("people.facts.yaml", People), ("claims.facts.yaml", claims)).Where(x => x.Id == "FL4001"));
        Assert.All(d.Fixes, f => Assert.All(f.Edits, e => Assert.Equal("people.facts.yaml", e.Path)));
        var fix = Assert.Single(d.Fixes);
        Assert.Equal(FixApplicability.Unsafe, fix.Applicability);
        var people = Lint.Apply(People, fix.Edits);
        Assert.Contains("    aliases: [Gulmurod Halimov]\n", people, System.StringComparison.Ordinal);
        Assert.Empty(Lint.Files(("people.facts.yaml", people), ("claims.facts.yaml", claims)).Where(x => x.Id.StartsWith("FL4", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Ignored_words_are_not_reported()
    {
        var config = new FactLintConfig { Names = NameSettings.Default with { Ignore = new[] { "Halimov" } } };
        Assert.Empty(Lint.Files(config, ("people.facts.yaml", People), ("claims.facts.yaml", Claim("Halimov's son."))).Where(d => d.Id == "FL4001"));
    }

    [Fact]
    public void Two_people_with_variant_names_are_a_possible_duplicate_until_declared_distinct()
    {
        var more = People + "  - id: gulmurod-halimov\n    type: person\n    name: Gulmurod Halimov\n";
        var d = Assert.Single(Lint.Files(("people.facts.yaml", more)).Where(x => x.Id == "FL4002"));
        Assert.Equal("people.facts.yaml:21:11-21:27 FL4002", Lint.Where(d));
        var fix = Assert.Single(d.Fixes);
        Assert.Equal(FixApplicability.DisplayOnly, fix.Applicability);
        var declared = Lint.Apply(more, fix.Edits);
        Assert.Contains("distinct_from: [gulmurod-khalimov]", declared, System.StringComparison.Ordinal);
        Assert.Empty(Lint.Files(("people.facts.yaml", declared)).Where(x => x.Id == "FL4002"));
    }

    [Fact]
    public void An_alias_that_names_another_entity_is_ambiguous()
    {
        var more = People + "    aliases: [Islamic State]\n";
        var d = Assert.Single(Lint.Files(("people.facts.yaml", more)).Where(x => x.Id == "FL4003"));
        Assert.Equal("people.facts.yaml:19:15-19:28 FL4003", Lint.Where(d));
        Assert.Contains("'is'", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Places_told_apart_by_a_number_are_neither_ambiguous_aliases_nor_duplicates()
    {
        // Numbers are not letters of a name, but Colony No. 1 and Colony No. 3 are two places.
        const string colonies =
            "factlint: 1\n" +
            "entities:\n" +
            "  - {id: colony-1, type: place, name: Penal colony 1, aliases: [Colony No. 1]}\n" +
            "  - {id: colony-3, type: place, name: Penal colony 3, aliases: [Colony No. 3]}\n" +
            "  - {id: colony-03, type: place, name: Penal colony 03}\n";
        var found = Lint.Files(("places.facts.yaml", colonies)).Where(x => x.Id is "FL4002" or "FL4003").ToList();
        var d = Assert.Single(found);
        Assert.Equal("FL4002", d.Id);
        Assert.Contains("colony-03", d.Message + string.Join(" ", d.Related.Select(r => r.Message)), System.StringComparison.Ordinal);
        Assert.False(NameComparer.Default.CompareWhole(NameComparer.Default.Reader.Read("Colony No. 1"), NameComparer.Default.Reader.Read("Colony No. 3")).Same);
    }

    [Fact]
    public void A_cyrillic_letter_in_a_latin_name_is_reported_on_the_letter_and_retyped()
    {
        var text = People.Replace("name: Bekhruz Gulmurod", "name: Bekhruz Gulmur\u043Ed", System.StringComparison.Ordinal);
        var d = Assert.Single(Lint.Files(("people.facts.yaml", text)).Where(x => x.Id == "FL4004"));
        Assert.Equal("people.facts.yaml:9:25-9:26 FL4004", Lint.Where(d));
        var fixedText = Lint.Apply(text, Assert.Single(d.Fixes).Edits);
        Assert.Equal(People, fixedText);
    }

    [Fact]
    public void Flow_and_block_alias_lists_grow_in_their_own_style()
    {
        var flow = People.Replace("    name: Gulmurod Khalimov\n", "    name: Gulmurod Khalimov\n    aliases: [G. Khalimov]  # as in the press\n", System.StringComparison.Ordinal);
        var block = People.Replace("    name: Gulmurod Khalimov\n", "    name: Gulmurod Khalimov\n    aliases:\n      - G. Khalimov\n", System.StringComparison.Ordinal);
        var claims = Claim(quote: "\"Halimov\"");
        foreach (var (people, expected) in new[] { (flow, "aliases: [G. Khalimov, Gulmurod Halimov]  # as in the press\n"), (block, "      - G. Khalimov\n      - Gulmurod Halimov\n") })
        {
            var d = Assert.Single(Lint.Files(("people.facts.yaml", people), ("claims.facts.yaml", claims)).Where(x => x.Id == "FL4001"));
            Assert.Contains(expected, Lint.Apply(people, d.Fixes.Single().Edits), System.StringComparison.Ordinal);
        }
    }
}
