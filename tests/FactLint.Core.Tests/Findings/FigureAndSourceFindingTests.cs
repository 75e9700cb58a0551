using System;
using System.Linq;
using System.Text;
using FactLint.Tests.Support;

namespace FactLint.Tests.Findings;

/// <summary>The figure, message and record cases of the findings issue, each by name.</summary>
public sealed class FigureAndSourceFindingTests
{
    private static string Sources(int count, string published = "2019-05-20") =>
        "factlint: 1\nsources:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{id: s{i}, title: T{i}, publisher: Outlet {i}, url: https://s{i}.example, published: {published}}}\n")) +
        "entities:\n  - {id: riot, type: event, name: Vahdat riot, date: 2019-05-19}\n  - {id: prison, type: place, name: Vahdat prison}\n  - {id: ministry, type: organization, name: Ministry of Justice}\n";

    private static string Claims(params string[] claims) => "factlint: 1\nclaims:\n" + string.Concat(claims.Select(c => "  - {" + c + "}\n"));

    [Fact]
    public void As_many_as_is_an_upper_bound_like_up_to()
    {
        var fits = Lint.Files(("s.facts.yaml", Sources(1)), ("c.facts.yaml", Claims("id: c, subject: riot, property: killed, value: {at_most: 50}, sources: [{source: s0, quote: \"as many as 50 people died\"}]")));
        Assert.DoesNotContain(fits, d => d.Id == "FL2004");
        var exact = Lint.Files(("s.facts.yaml", Sources(1)), ("c.facts.yaml", Claims("id: c, subject: riot, property: killed, value: 50, sources: [{source: s0, quote: \"as many as 50 people died\"}]")));
        var d = Assert.Single(exact, x => x.Id == "FL2004");
        Assert.Contains("{at_most: 50}", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_agree_in_different_units_are_one_value_of_a_conflict()
    {
        var found = Lint.Files(("s.facts.yaml", Sources(3)), ("c.facts.yaml", Claims(
            "id: a, subject: prison, property: distance, value: 10, unit: km, sources: [{source: s0}]",
            "id: b, subject: prison, property: distance, value: 24, unit: km, sources: [{source: s1}]",
            "id: c, subject: prison, property: distance, value: 15, unit: mi, sources: [{source: s2}]")));
        var d = Assert.Single(found, x => x.Id == "FL3001");
        Assert.Contains("\u2014 3 claims, 2 values.", d.Message, StringComparison.Ordinal);
        Assert.Contains("24 km = 15 mi", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_more_value_is_said_in_the_singular()
    {
        var claims = Enumerable.Range(0, 5).Select(i => $"id: c{i}, subject: riot, property: killed, value: {10 * (i + 1)}, sources: [{{source: s{i}}}]").ToArray();
        var d = Assert.Single(Lint.Files(("s.facts.yaml", Sources(5)), ("c.facts.yaml", Claims(claims))), x => x.Id == "FL3001");
        Assert.Contains(" and 1 more value \u2014 5 claims, 5 values.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_given_by_an_organisation_is_credited_to_it_via_the_outlet()
    {
        var found = Lint.Files(("s.facts.yaml", Sources(2)), ("c.facts.yaml", Claims(
            "id: a, subject: riot, property: killed, value: 29, attributed_to: ministry, sources: [{source: s0}]",
            "id: b, subject: riot, property: killed, value: 32, sources: [{source: s1}]")));
        var d = Assert.Single(found, x => x.Id == "FL3001");
        Assert.Contains("29 (Ministry of Justice via Outlet 0, 2019-05-20)", d.Message, StringComparison.Ordinal);
        Assert.Contains("32 (Outlet 1, 2019-05-20)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_publication_date_is_one_finding_however_often_the_source_is_cited()
    {
        var claims = Enumerable.Range(0, 4).Select(i => $"id: c{i}, subject: riot, property: p{i}, value: {i + 1}, sources: [{{source: s0}}]").ToArray();
        var found = Lint.Files(("s.facts.yaml", Sources(1, "2018-01-01")), ("c.facts.yaml", Claims(claims))).Where(x => x.Id == "FL2005").ToList();
        var d = Assert.Single(found);
        Assert.Contains("cited 4 times for this event", d.Message, StringComparison.Ordinal);
        Assert.Equal(2 + 3, d.Related.Length);
    }

    [Fact]
    public void A_source_whose_url_a_broken_quote_swallowed_is_not_said_to_lack_one()
    {
        var text = "factlint: 1\nsources:\n  - id: s\n    title: \"An unclosed title\n    url: https://s.example\n";
        var found = Lint.Files(("s.facts.yaml", text));
        Assert.Contains(found, d => d.Id == "FL1001");
        Assert.DoesNotContain(found, d => d.Id == "FL2002");
    }

    [Fact]
    public void Two_records_under_one_id_are_a_duplicate_id_not_a_possible_duplicate_entity()
    {
        var text = "factlint: 1\nentities:\n  - {id: dushanbe, type: place, name: Dushanbe}\n  - {id: dushanbe, type: place, name: Dushanbe}\n";
        var found = Lint.Files(("a.facts.yaml", text));
        Assert.Contains(found, d => d.Id == "FL1003");
        Assert.DoesNotContain(found, d => d.Id == "FL4002");
    }

    [Fact]
    public void A_note_is_free_text_on_every_record()
    {
        var text = "factlint: 1\n" +
            "sources:\n  - {id: s, title: T, url: https://s.example, note: paywalled}\n" +
            "entities:\n  - {id: riot, type: event, name: Riot, note: also called the May riot}\n" +
            "properties:\n  - {id: killed, type: quantity, note: prisoners only}\n" +
            "claims:\n  - {id: c, subject: riot, property: killed, value: 3, note: early count, sources: [{source: s, note: paragraph 2}]}\n";
        Assert.DoesNotContain(Lint.Files(("a.facts.yaml", text)), d => d.Id == "FL1002");
    }

    [Fact]
    public void A_conflict_among_twenty_thousand_claims_and_sources_is_reported_once_with_every_other_claim_related()
    {
        const int n = 20000;
        var sources = new StringBuilder("factlint: 1\nsources:\n");
        var claims = new StringBuilder("factlint: 1\nentities:\n  - {id: riot, type: event, name: Riot}\nclaims:\n");
        for (var i = 0; i < n; i++)
        {
            sources.Append("  - {id: s").Append(i).Append(", title: T, url: https://s.example}\n");
            claims.Append("  - {id: c").Append(i).Append(", subject: riot, property: killed, value: ").Append(i % 2 == 0 ? 21 : 25).Append(", sources: [{source: s").Append(i).Append("}]}\n");
        }

        var d = Assert.Single(Lint.Files(("s.facts.yaml", sources.ToString()), ("c.facts.yaml", claims.ToString())), x => x.Id == "FL3001");
        Assert.Contains($"\u2014 {n} claims, 2 values.", d.Message, StringComparison.Ordinal);
        Assert.Equal(n - 1, d.Related.Length);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_quoted_with_what_is_wrong()
    {
        var text = "factlint: 1\nsources:\n  - {id: s, title: T, url: https://s.example, published: 2019-13-45}\nentities:\n  - {id: e, type: event, name: E, date: 2019-02-30}\n  - {id: f, type: event, name: F, date: {from: 2019-05-01, to: 2019-04-31}}\n";
        var messages = Lint.Files(("a.facts.yaml", text)).Where(d => d.Id == "FL1002").Select(d => d.Message).ToList();
        Assert.Contains("'2019-13-45' is not a date: there is no month 13. A date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-19).", messages);
        Assert.Contains(messages, m => m.StartsWith("'2019-02-30' is not a date: February 2019 has 28 days.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("'2019-04-31' is not a date: April 2019 has 30 days.", StringComparison.Ordinal));
        Assert.Equal(3, messages.Count);
    }
}
