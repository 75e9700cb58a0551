using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactLint.Diagnostics;
using FactLint.Tests.Support;

namespace FactLint.Tests.Rules;

public sealed class ConflictRuleTests
{
    private const string Base =
        "factlint: 1\n" +
        "sources:\n" +
        "  - {id: diplomat, title: D, publisher: The Diplomat, published: 2018-11, url: https://d.example}\n" +
        "  - {id: tsargrad, title: T, publisher: Tsargrad, published: 2019-05, url: https://t.example}\n" +
        "  - {id: national, title: N, publisher: The National, published: 2019-05-20, url: https://n.example}\n" +
        "entities:\n" +
        "  - {id: riot, type: event, name: Riot, date: 2018-11-07}\n" +
        "  - {id: town, type: place, name: Town}\n" +
        "properties:\n" +
        "  - {id: killed.prisoners, type: quantity, unit: person}\n" +
        "  - {id: killed.guards, type: quantity, unit: person}\n" +
        "  - {id: killed.total, type: quantity, unit: person, sum_of: [killed.prisoners, killed.guards]}\n" +
        "  - {id: population, type: quantity, unit: person, temporal: true}\n" +
        "  - {id: leader, type: entity, single: true}\n" +
        "  - {id: distance}\n";

    /// <summary>One claim per line, so that line n of the claims file is claim n - 2.</summary>
    private static string Claims(params string[] claims)
    {
        var sb = new StringBuilder("factlint: 1\nclaims:\n");
        foreach (var c in claims)
        {
            sb.Append("  - {").Append(c).Append("}\n");
        }

        return sb.ToString();
    }

    private static string C(string id, string subject, string property, string value, string source, string extra = "") =>
        $"id: {id}, subject: {subject}, property: {property}, value: {value}, sources: [{{source: {source}}}]{extra}";

    private static IReadOnlyList<Diagnostic> Run(params string[] claims) => Lint.Files(("base.facts.yaml", Base), ("c.facts.yaml", Claims(claims)));

    [Fact]
    public void FL3001_reports_once_on_the_claim_that_disagrees_with_the_most_and_relates_every_other()
    {
        var found = Run(
            C("a", "riot", "killed.prisoners", "21", "diplomat"),
            C("b", "riot", "killed.prisoners", "{at_least: 25}", "tsargrad"),
            C("c", "riot", "killed.prisoners", "{at_least: 24}", "national"));
        var d = Assert.Single(found, x => x.Id == "FL3001");
        Assert.Equal("c.facts.yaml:3:63-3:65 FL3001", Lint.Where(d));
        Assert.Equal(
            "killed.prisoners of riot conflicts: 21 (The Diplomat, 2018-11) vs at least 25 = at least 24 (Tsargrad, 2019-05; The National, 2019-05-20) \u2014 3 claims, 2 values. " +
            "Check the sources, then mark the claim you trust 'rank: preferred' or the one you reject 'rank: deprecated'.",
            d.Message);
        Assert.Equal(new[] { "at least 25 (Tsargrad, 2019-05) \u2014 disagrees", "at least 24 (The National, 2019-05-20) \u2014 disagrees" }, d.Related.Select(r => r.Message));
        Assert.All(d.Fixes, f => Assert.Equal(FixApplicability.DisplayOnly, f.Applicability));
        var deprecate = Lint.Apply(Claims(C("a", "riot", "killed.prisoners", "21", "diplomat"), C("b", "riot", "killed.prisoners", "{at_least: 25}", "tsargrad"), C("c", "riot", "killed.prisoners", "{at_least: 24}", "national")), d.Fixes[0].Edits);
        Assert.Contains("sources: [{source: diplomat}], rank: deprecated}", deprecate, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Lint.Files(("base.facts.yaml", Base), ("c.facts.yaml", deprecate)), x => x.Id is "FL3001" or "FL1001" or "FL1002");
    }

    [Theory]
    [InlineData("{at_least: 5}", "{at_least: 10}", null)]
    [InlineData("{approx: 21}", "21", null)]
    [InlineData("24", "15", ", unit: mi")]
    [InlineData("{between: [13, 25]}", "25", null)]
    public void FL3001_is_silent_where_the_figures_can_all_be_true(string a, string b, string? unitB)
    {
        var property = unitB == null ? "killed.prisoners" : "distance";
        var unitA = unitB == null ? string.Empty : ", unit: km";
        var found = Run(C("a", "riot", property, a, "diplomat", unitA), C("b", "riot", property, b, "tsargrad", unitB ?? string.Empty));
        Assert.DoesNotContain(found, x => x.Id is "FL3001" or "FL3002");
    }

    [Fact]
    public void FL3001_compares_kilometres_and_miles_and_reports_when_they_disagree()
    {
        var found = Run(C("a", "town", "distance", "24", "diplomat", ", unit: km"), C("b", "town", "distance", "20", "tsargrad", ", unit: km"));
        Assert.Contains("24 km (The Diplomat, 2018-11) vs 20 km (Tsargrad, 2019-05)", Assert.Single(found, x => x.Id == "FL3001").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void FL3001_compares_a_temporal_property_only_at_the_same_as_of()
    {
        var found = Run(
            C("p1", "town", "population", "9000000", "diplomat", ", as_of: 2019"),
            C("p2", "town", "population", "10000000", "tsargrad", ", as_of: 2025"));
        Assert.DoesNotContain(found, x => x.Id == "FL3001");
        var same = Run(
            C("p1", "town", "population", "9000000", "diplomat", ", as_of: 2019"),
            C("p2", "town", "population", "10000000", "tsargrad", ", as_of: 2019"));
        Assert.Contains("population of town as of 2019 conflicts", Assert.Single(same, x => x.Id == "FL3001").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void FL3001_leaves_deprecated_claims_out_and_compares_single_valued_entities()
    {
        Assert.DoesNotContain(Run(C("a", "riot", "killed.prisoners", "21", "diplomat", ", rank: deprecated"), C("b", "riot", "killed.prisoners", "{at_least: 25}", "tsargrad")), x => x.Id == "FL3001");
        var leaders = Run(C("a", "riot", "leader", "town", "diplomat"), C("b", "riot", "leader", "riot", "tsargrad"));
        Assert.Contains("leader of riot conflicts: town (The Diplomat, 2018-11) vs riot (Tsargrad, 2019-05)", Assert.Single(leaders, x => x.Id == "FL3001").Message, System.StringComparison.Ordinal);
        // Without single: true, several values are allowed.
        Assert.DoesNotContain(Run(C("a", "riot", "member", "town", "diplomat"), C("b", "riot", "member", "riot", "tsargrad")), x => x.Id == "FL3001");
    }

    [Fact]
    public void FL3001_compares_dates_as_intervals()
    {
        Assert.DoesNotContain(Run(C("a", "riot", "began", "2018-11", "diplomat"), C("b", "riot", "began", "2018-11-07", "tsargrad")), x => x.Id == "FL3001");
        Assert.Contains(Run(C("a", "riot", "began", "2018-10", "diplomat"), C("b", "riot", "began", "2018-11-07", "tsargrad")), x => x.Id == "FL3001");
    }

    [Fact]
    public void FL3004_hints_each_claim_that_differs_from_the_preferred_one_and_FL3001_stays_silent()
    {
        var found = Run(
            C("a", "riot", "killed.prisoners", "21", "diplomat", ", rank: preferred"),
            C("b", "riot", "killed.prisoners", "{at_least: 25}", "tsargrad"),
            C("c", "riot", "killed.prisoners", "{approx: 20}", "national"));
        Assert.DoesNotContain(found, x => x.Id == "FL3001");
        var hint = Assert.Single(found, x => x.Id == "FL3004");
        Assert.Equal("c.facts.yaml:4:63-4:77 FL3004", Lint.Where(hint));
        Assert.Equal(Severity.Hint, hint.Severity);
        Assert.StartsWith("at least 25 (Tsargrad, 2019-05) differs from the preferred claim 'a', 21 (The Diplomat, 2018-11)", hint.Message, System.StringComparison.Ordinal);
        Assert.Equal(FixApplicability.Unsafe, Assert.Single(hint.Fixes).Applicability);
    }

    [Fact]
    public void FL3002_reports_units_that_cannot_be_compared_and_offers_the_missing_unit()
    {
        var found = Run(
            C("a", "town", "distance", "24", "diplomat", ", unit: km"),
            C("b", "town", "distance", "15", "tsargrad", ", unit: mi"),
            C("c", "town", "distance", "20", "national"),
            C("d", "riot", "killed.prisoners", "3", "national", ", unit: km"),
            C("e", "town", "budget", "7000000", "diplomat", ", unit: USD"),
            C("f", "town", "budget", "6000000", "tsargrad", ", unit: EUR"));
        var units = found.Where(x => x.Id == "FL3002").ToList();
        Assert.Equal(new[] { "c.facts.yaml:5:55-5:57 FL3002", "c.facts.yaml:6:103-6:105 FL3002", "c.facts.yaml:8:99-8:102 FL3002" }, Lint.Summaries(units));
        Assert.Equal("This figure has no unit, so it cannot be compared with km (length), the unit of the other 2 claims of distance of town; add the unit it is in.", units[0].Message);
        Assert.Equal("The unit 'km' (length) cannot be converted to the unit killed.prisoners is declared in, 'person' (a count), so the figure is not compared with them; convert it, or correct the unit.", units[1].Message);
        Assert.Contains("'EUR' (money) cannot be converted to USD (money)", units[2].Message, System.StringComparison.Ordinal);
        var fix = Assert.Single(units[0].Fixes);
        Assert.Equal("Add 'unit: km'", fix.Title);
        Assert.DoesNotContain(found, x => x.Id == "FL3001");
    }

    [Fact]
    public void FL3003_checks_that_the_parts_add_up_to_the_whole()
    {
        var found = Run(
            C("p", "riot", "killed.prisoners", "29", "tsargrad"),
            C("g", "riot", "killed.guards", "3", "tsargrad"),
            C("t", "riot", "killed.total", "33", "tsargrad"));
        var d = Assert.Single(found, x => x.Id == "FL3003");
        Assert.Equal("c.facts.yaml:5:59-5:61 FL3003", Lint.Where(d));
        Assert.Equal("killed.total of riot is 33, but its parts add up to 32 (killed.prisoners 29 + killed.guards 3); one of these figures is wrong, or a part is missing from sum_of.", d.Message);
        Assert.Equal(2, d.Related.Length);

        Assert.DoesNotContain(Run(C("p", "riot", "killed.prisoners", "29", "tsargrad"), C("g", "riot", "killed.guards", "3", "tsargrad"), C("t", "riot", "killed.total", "32", "tsargrad")), x => x.Id == "FL3003");
        Assert.DoesNotContain(Run(C("p", "riot", "killed.prisoners", "{at_least: 25}", "tsargrad"), C("g", "riot", "killed.guards", "3", "tsargrad"), C("t", "riot", "killed.total", "32", "tsargrad")), x => x.Id == "FL3003");
        // A missing part means the check cannot be made.
        Assert.DoesNotContain(Run(C("p", "riot", "killed.prisoners", "29", "tsargrad"), C("t", "riot", "killed.total", "40", "tsargrad")), x => x.Id == "FL3003");
    }

    [Fact]
    public void A_group_of_thousands_of_claims_is_compared_without_pairwise_work_and_reports_the_outlier()
    {
        var claims = Enumerable.Range(0, 5000).Select(i => C("k" + i, "riot", "killed.prisoners", "{between: [20, 30]}", "diplomat")).ToList();
        claims.Insert(2500, C("outlier", "riot", "killed.prisoners", "90", "tsargrad"));
        var d = Assert.Single(Lint.Files(("base.facts.yaml", Base), ("c.facts.yaml", Claims(claims.ToArray()))), x => x.Id == "FL3001");
        Assert.StartsWith("c.facts.yaml:2503:", Lint.Where(d), System.StringComparison.Ordinal);
        Assert.Contains("5001 claims, 2 values", d.Message, System.StringComparison.Ordinal);
        Assert.Equal(5000, d.Related.Length);
    }
}
