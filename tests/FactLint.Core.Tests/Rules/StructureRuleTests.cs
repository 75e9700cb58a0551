using System.Collections.Generic;
using System.Linq;
using FactLint.Config;
using FactLint.Diagnostics;
using FactLint.Tests.Support;

namespace FactLint.Tests.Rules;

public sealed class StructureRuleTests
{
    private const string Sources = "factlint: 1\nsources:\n  - id: tsargrad-2019-05\n    title: Riot\n    url: https://example.org/a\n";

    [Fact]
    public void FL1001_reports_syntax_errors_and_other_files_are_still_linted()
    {
        var diagnostics = Lint.Files(
            ("a.facts.yaml", "factlint: 1\nsources:\n  - id: x\n\ttitle: y\n"),
            ("b.facts.yaml", "factlint: 1\nclaims:\n  - subject: nobody\n    property: p\n    value: 1\n    sources: [{source: tsargrad}]\n"));
        Assert.Contains("a.facts.yaml:4:1-4:2 FL1001", Lint.Summaries(diagnostics));
        Assert.Contains("b.facts.yaml:3:14-3:20 FL1004", Lint.Summaries(diagnostics));
    }

    [Fact]
    public void FL1002_points_at_the_unknown_key_and_suggests_the_right_one()
    {
        var text = Sources + "claims:\n  - subject: tsargrad-2019-05\n    property: killed\n    value: 3\n    sorces: []\n";
        var d = Assert.Single(Lint.Files(("a.facts.yaml", text)), x => x.Id == "FL1002");
        Assert.Equal("a.facts.yaml:10:5-10:11 FL1002", Lint.Where(d));
        Assert.Equal("Unknown key 'sorces' in a claim. Did you mean 'sources'?", d.Message);
    }

    [Fact]
    public void FL1002_reports_missing_keys_wrong_types_and_bad_ids_at_the_value()
    {
        var text = "factlint: 1\nentities:\n  - id: Bad_Id\n    type: persn\n    name: [x]\n";
        var found = Lint.Files(("a.facts.yaml", text)).Where(d => d.Id == "FL1002").ToList();
        Assert.Equal(new[] { "a.facts.yaml:3:9-3:15 FL1002", "a.facts.yaml:4:11-4:16 FL1002", "a.facts.yaml:5:11-5:14 FL1002" }, Lint.Summaries(found));
        Assert.Contains("lower-case", found[0].Message);
        Assert.Contains("Did you mean 'person'?", found[1].Message);
        Assert.Equal("Expected text, found a list.", found[2].Message);

        var missing = Lint.Files(("b.facts.yaml", "factlint: 1\nsources:\n  - id: s1\n    url: https://x.org\n"));
        var m = Assert.Single(missing, x => x.Id == "FL1002");
        Assert.Equal("b.facts.yaml:3:5-3:7 FL1002", Lint.Where(m));
        Assert.Equal("A source needs the key 'title'; add it.", m.Message);
    }

    [Fact]
    public void FL1002_accepts_a_complete_valid_file()
    {
        var text = Sources + "entities:\n  - id: vahdat-riot-2019\n    type: event\n    name: Vahdat riot\n    date: {from: 2019-05, to: 2019-05-20}\n" +
            "claims:\n  - subject: vahdat-riot-2019\n    property: killed.prisoners\n    value: {approx: 29, tolerance: 0.2}\n    as_of: 2019\n    rank: preferred\n    sources:\n      - source: tsargrad-2019-05\n        quote: \"29 prisoners\"\n";
        Assert.Empty(Lint.Files(("a.facts.yaml", text)));
    }

    [Fact]
    public void FL1002_checks_configured_extra_schemas()
    {
        var schema = FactLint.Schema.SchemaCompiler.Compile("{\"properties\":{\"sources\":{\"items\":{\"required\":[\"publisher\"]}}}}");
        var config = new FactLintConfig { Schemas = new[] { new ConfiguredSchema("schemas/house.json", schema) } };
        var d = Assert.Single(Lint.Files(config, ("a.facts.yaml", Sources)), x => x.Id != "FL2006");
        Assert.Equal("FL1002", d.Id);
        Assert.EndsWith("(schema schemas/house.json)", d.Message);
    }

    [Fact]
    public void FL1003_reports_later_duplicates_across_files_with_the_first_as_related()
    {
        var diagnostics = Lint.Files(("b.facts.yaml", Sources), ("a.facts.yaml", Sources));
        var d = Assert.Single(diagnostics, x => x.Id == "FL1003");
        Assert.Equal("b.facts.yaml:3:9-3:25 FL1003", Lint.Where(d));
        Assert.Equal("a.facts.yaml", Assert.Single(d.Related).Location.Path);
        Assert.Contains("a.facts.yaml:3", d.Message);
    }

    [Fact]
    public void FL1003_keeps_properties_in_their_own_namespace()
    {
        var text = Sources + "properties:\n  - id: tsargrad-2019-05\n";
        Assert.DoesNotContain(Lint.Files(("a.facts.yaml", text)), d => d.Id == "FL1003");
    }

    [Fact]
    public void FL1004_reports_unknown_and_wrong_kind_references_with_a_fix()
    {
        var claims = "factlint: 1\nentities:\n  - id: khujand\n    type: place\n    name: Khujand\nclaims:\n  - subject: tsargrad-2019-05\n    property: p\n    value: 1\n    attributed_to: khujand\n    sources:\n      - source: tsargrad-2019-50\n";
        var found = Lint.Files(("a.facts.yaml", Sources), ("b.facts.yaml", claims)).Where(d => d.Id == "FL1004").ToList();
        Assert.Equal(new[] { "b.facts.yaml:7:14-7:30 FL1004", "b.facts.yaml:12:17-12:33 FL1004" }, Lint.Summaries(found));
        Assert.Contains("is the id of a source, but 'subject' needs an entity", found[0].Message);
        Assert.Contains("did you mean 'tsargrad-2019-05'?", found[1].Message);
        Assert.Equal(2, found[1].Fixes.Length);
        var fix = found[1].Fixes[0];
        Assert.Equal(FixApplicability.Unsafe, fix.Applicability);
        Assert.Equal("tsargrad-2019-05", Assert.Single(fix.Edits).NewText);

        // The second fix adds a stub source to the file; the result parses and defines the id.
        var stub = found[1].Fixes[1];
        Assert.Equal("Add a stub for source 'tsargrad-2019-50' to this file", stub.Title);
        var fixedText = Lint.Apply(claims, stub.Edits);
        Assert.EndsWith("\nsources:\n  - id: tsargrad-2019-50\n    title: \"TODO: the source's title as published\"\n    url: \"TODO: https://...\"\n", fixedText, System.StringComparison.Ordinal);
        var after = Lint.Files(("a.facts.yaml", Sources), ("b.facts.yaml", fixedText));
        Assert.DoesNotContain(after, d => d.Id is "FL1001" or "FL1002" || (d.Id == "FL1004" && d.Message.Contains("tsargrad-2019-50", System.StringComparison.Ordinal)));

        // With a sources list in the file, the stub is appended to it at the list's indentation.
        var withList = Sources + "claims:\n  - subject: x\n    property: p\n    value: 1\n    sources: [{source: nope}]\n";
        var d2 = Lint.Files(("a.facts.yaml", withList)).First(d => d.Id == "FL1004" && d.Message.Contains("'nope'", System.StringComparison.Ordinal));
        var appended = Lint.Apply(withList, d2.Fixes.Single(f => f.EquivalenceKey == "FL1004.source-stub").Edits);
        Assert.Contains("    url: https://example.org/a\n  - id: nope\n    title: \"TODO", appended, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Lint.Files(("a.facts.yaml", appended)), d => d.Id is "FL1001" or "FL1002");
    }

    [Fact]
    public void FL1004_accepts_undeclared_properties_used_by_claims_in_sum_of()
    {
        var text = Sources + "entities:\n  - id: e\n    type: event\n    name: E\nproperties:\n  - id: killed.total\n    sum_of: [killed.prisoners, killed.guards]\n" +
            "claims:\n  - subject: e\n    property: killed.prisoners\n    value: 1\n    sources: [{source: tsargrad-2019-05}]\n";
        var d = Assert.Single(Lint.Files(("a.facts.yaml", text)), x => x.Id == "FL1004");
        Assert.Contains("'killed.guards' under 'sum_of' is not a property", d.Message);
    }

    [Fact]
    public void FL1005_reports_a_missing_version_with_a_safe_fix_and_a_wrong_one_at_its_value()
    {
        var missing = Assert.Single(Lint.Files(("a.facts.yaml", "# comment\nsources: []\n")));
        Assert.Equal("a.facts.yaml:2:1-2:8 FL1005", Lint.Where(missing));
        var edit = Assert.Single(Assert.Single(missing.Fixes).Edits);
        Assert.Equal((10, "factlint: 1\n"), (edit.Span.Start, edit.NewText));
        Assert.True(missing.Fixes[0].IsSafe);

        var wrong = Assert.Single(Lint.Files(("b.facts.yaml", "factlint: 2\n")));
        Assert.Equal("b.facts.yaml:1:11-1:12 FL1005", Lint.Where(wrong));
        Assert.Contains("not supported", wrong.Message);
        Assert.Empty(Lint.Files(("c.facts.yaml", "factlint: 1\n")));
    }

    [Fact]
    public void Config_severity_overrides_and_off_apply()
    {
        var config = new FactLintConfig { RuleSeverities = new Dictionary<string, Severity?> { ["FL1005"] = Severity.Error } };
        Assert.Equal(Severity.Error, Assert.Single(Lint.Files(config, ("a.facts.yaml", "sources: []\n"))).Severity);
        var off = new FactLintConfig { RuleSeverities = new Dictionary<string, Severity?> { ["FL1005"] = null } };
        Assert.Empty(Lint.Files(off, ("a.facts.yaml", "sources: []\n")));
    }
}
