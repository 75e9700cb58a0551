using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using FactLint.Cli.Output;
using FactLint.Schema;
using FactLint.Tests.Support;

namespace FactLint.Cli.Tests;

[Collection("cwd")]
public sealed class CiOutputTests
{
    // A conflict (FL3001, with a related location) and a missing version (FL1005, with a safe fix).
    private const string Conflict =
        "sources:\n" +
        "  - {id: a, title: \"A, said: 21\", url: https://a.example}\n" +
        "  - {id: b, title: B, url: https://b.example}\n" +
        "entities:\n" +
        "  - {id: riot, type: event, name: Riot}\n" +
        "claims:\n" +
        "  - {id: c1, subject: riot, property: killed, value: 21, sources: [{source: a}]}\n" +
        "  - {id: c2, subject: riot, property: killed, value: {at_least: 25}, sources: [{source: b}]}\n";

    [Fact]
    public void Sarif_validates_against_the_official_schema_and_carries_rules_fixes_and_fingerprints()
    {
        using var cli = new CliRunner();
        cli.Write("events/riot.facts.yaml", Conflict);
        var (exit, output, _) = cli.Run("lint", "--format", "sarif");
        Assert.Equal(0, exit);

        var schema = SchemaCompiler.Compile(File.ReadAllText(SharedData.Require("conformance/sarif/sarif-schema-2.1.0.json")));
        var errors = schema.Validate(JsonNodeConverter.Parse(output));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.SchemaLocation}: {e.Message}")));

        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "FL3001" && r.GetProperty("helpUri").GetString()!.EndsWith("FL3001.md", System.StringComparison.Ordinal));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var conflict = results.Single(r => r.GetProperty("ruleId").GetString() == "FL3001");
        var region = conflict.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("events/riot.facts.yaml", region.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(7, region.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.NotEmpty(conflict.GetProperty("relatedLocations").EnumerateArray());
        var version = results.Single(r => r.GetProperty("ruleId").GetString() == "FL1005");
        Assert.Equal("factlint: 1\n", version.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
        var fingerprint = conflict.GetProperty("partialFingerprints").GetProperty("factlint/v1").GetString();

        // Lines added above the finding move it, but it keeps its fingerprint.
        cli.Write("events/riot.facts.yaml", "# reviewed 2026-11-22\n# by the desk\n" + Conflict);
        using var moved = JsonDocument.Parse(cli.Run("lint", "--format", "sarif").Out);
        var again = moved.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "FL3001");
        Assert.Equal(9, again.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(fingerprint, again.GetProperty("partialFingerprints").GetProperty("factlint/v1").GetString());
    }

    [Fact]
    public void Github_annotations_escape_newlines_commas_colons_and_percent()
    {
        Assert.Equal("a%25b%0D%0Ac: d, e", GithubReporter.EscapeData("a%b\r\nc: d, e"));
        Assert.Equal("dir%2Cx/a%3Ab.facts.yaml", GithubReporter.EscapeProperty("dir,x/a:b.facts.yaml"));

        using var cli = new CliRunner();
        cli.Write("odd, name: x.facts.yaml", Conflict);
        var (exit, output, _) = cli.Run("lint", "--format", "github");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var conflict = Assert.Single(lines, l => l.Contains("title=FL3001", System.StringComparison.Ordinal));
        Assert.StartsWith("::warning file=odd%2C name%3A x.facts.yaml,line=7,col=", conflict, System.StringComparison.Ordinal);
        Assert.Contains(",title=FL3001::killed of riot conflicts: ", conflict, System.StringComparison.Ordinal);
        Assert.Contains("%0ASee https://", conflict, System.StringComparison.Ordinal);
        Assert.All(lines, l => Assert.StartsWith("::", l, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Output_writes_a_second_format_to_a_file_while_text_goes_to_the_terminal()
    {
        using var cli = new CliRunner();
        cli.Write("riot.facts.yaml", Conflict);
        var (exit, output, _) = cli.Run("lint", "--color", "never", "--output", "sarif:out/factlint.sarif", "-o", "report.xml", "--fail-on", "warning");
        Assert.Equal(1, exit);
        Assert.Contains("warning[FL3001]", output, System.StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Root, "out/factlint.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());

        var junit = XDocument.Load(Path.Combine(cli.Root, "report.xml"));
        var failures = junit.Descendants("failure").ToList();
        Assert.Contains(failures, f => (string?)f.Attribute("type") == "FL3001");
        Assert.Equal(failures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)junit.Root!.Attribute("failures"));

        var bad = cli.Run("lint", "--output", "report.pdf");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("write FORMAT:FILE", bad.Err, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_hides_old_findings_even_after_lines_move_and_reports_new_ones()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "rules: {}\n");
        cli.Write("riot.facts.yaml", Conflict);
        var written = cli.Run("baseline");
        Assert.Equal(0, written.Exit);
        Assert.True(File.Exists(Path.Combine(cli.Root, "factlint-baseline.json")));

        cli.Write("riot.facts.yaml", "# a comment moves every line\n" + Conflict);
        var (exit, output, err) = cli.Run("lint", "--baseline", "factlint-baseline.json", "--format", "json", "--fail-on", "warning");
        Assert.Equal(0, exit);
        Assert.Contains("findings are in the baseline", err, System.StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(output))
        {
            Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        }

        cli.Write("more.facts.yaml", "factlint: 1\nclaims:\n  - {id: c9, subject: nobody, property: p, value: 1}\n");
        var fresh = cli.Run("lint", "--baseline", "factlint-baseline.json", "--format", "json");
        Assert.Equal(1, fresh.Exit);
        using var after = JsonDocument.Parse(fresh.Out);
        Assert.All(after.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("more.facts.yaml", d.GetProperty("file").GetString()));

        cli.Write("broken.json", "{\"findings\": 3}");
        var broken = cli.Run("lint", "--baseline", "broken.json");
        Assert.Equal(2, broken.Exit);
        Assert.Contains("is not a FactLint baseline", broken.Err, System.StringComparison.Ordinal);
        Assert.Equal(2, cli.Run("lint", "--baseline", "missing.json").Exit);
    }

    [Fact]
    public void Rules_lists_every_rule_and_explain_shows_its_page()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run("rules");
        Assert.Equal(0, exit);
        Assert.Contains("FL3001  conflicting-figures", output, System.StringComparison.Ordinal);
        foreach (var id in new[] { "FL1001", "FL2003", "FL4004", "FL9001" })
        {
            Assert.Contains(id, output, System.StringComparison.Ordinal);
        }

        var explained = cli.Run("explain", "fl3001", "--color", "never");
        Assert.Equal(0, explained.Exit);
        Assert.StartsWith("FL3001 CONFLICTING-FIGURES", explained.Out, System.StringComparison.Ordinal);
        Assert.Contains("Online: https://", explained.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("**", explained.Out, System.StringComparison.Ordinal);
        Assert.Equal(2, cli.Run("explain", "FL7777").Exit);

        using var json = JsonDocument.Parse(cli.Run("rules", "--format", "json").Out);
        Assert.Contains(json.RootElement.EnumerateArray(), r => r.GetProperty("id").GetString() == "FL1005" && r.GetProperty("fixable").GetBoolean());
    }
}
