using System.IO;
using System.Linq;
using System.Text.Json;

namespace FactLint.Cli.Tests;

[Collection("cwd")] // The runner changes the current folder: these tests must not run in parallel.
public sealed class LintCommandTests
{
    private const string Good = "factlint: 1\nsources:\n  - id: s1\n    title: T\n    url: https://x.org\n";
    private const string Unknown = "factlint: 1\nclaims:\n  - subject: nobody\n    property: p\n    value: 1\n    sources: [{source: s1}]\n";

    [Fact]
    public void Exit_codes_follow_the_spec()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Good);
        Assert.Equal(0, cli.Run("lint").Exit);

        cli.Write("b.facts.yaml", "sources: []\n"); // a warning only
        Assert.Equal(0, cli.Run("lint").Exit);
        Assert.Equal(1, cli.Run("lint", "--fail-on", "warning").Exit);

        cli.Write("c.facts.yaml", Unknown); // an error
        Assert.Equal(1, cli.Run("lint").Exit);

        var missing = cli.Run("lint", "no/such/folder");
        Assert.Equal(2, missing.Exit);
        Assert.Equal("factlint: error: the path 'no/such/folder' does not exist.", missing.Err.Trim());
        Assert.Equal(2, cli.Run("lint", "--format", "xml").Exit);
        Assert.Equal(2, cli.Run("frobnicate").Exit);
    }

    [Fact]
    public void A_workspace_schema_of_draft_2020_12_beyond_the_own_validator_is_applied_at_the_node()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Good + "desk: sport\n");
        cli.Write("factlint.yaml", "schemas: [desk.schema.json, remote.schema.json]\n");
        cli.Write("desk.schema.json", """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "fact file",
             "allOf": [{"properties": {"factlint": true, "sources": true}}],
             "properties": {"desk": {"enum": ["courts", "regions"]}}, "unevaluatedProperties": false}
            """);
        cli.Write("remote.schema.json", """{"$ref": "https://example.org/desk.json"}""");
        var (exit, output, _) = cli.Run("lint", "--format", "json", "--no-cache");
        Assert.Equal(1, exit);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()} {d.GetProperty("message").GetString()}")
            .ToList();
        Assert.Contains("a.facts.yaml:6:7 Text 'sport' is not allowed here; use one of: courts, regions. (schema desk.schema.json)", findings);
        Assert.Contains(findings, f => f.StartsWith("factlint.yaml:1:29 The schema 'remote.schema.json' cannot be used: The schema refers to 'https://example.org/desk.json' ($ref at #)", System.StringComparison.Ordinal) && f.Contains("fetches nothing", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Text_output_shows_position_rule_and_underlined_source_without_colour_when_redirected()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Good);
        cli.Write("events/c.facts.yaml", Unknown);
        var (_, output, _) = cli.Run("lint", "--color", "never");
        Assert.Contains("events/c.facts.yaml:3:14: error[FL1004] 'nobody' under 'subject' is not the id of any entity", output);
        Assert.Contains("3 |   - subject: nobody\n  | " + new string(' ', 13) + "^^^^^^\n", output);
        Assert.DoesNotContain("\u001b", output, System.StringComparison.Ordinal);
        Assert.Contains("Found 1 problem (1 error) in 1 of 2 files.", output);
    }

    [Fact]
    public void Json_output_has_the_spec_shape_with_1_based_positions()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Good);
        cli.Write("c.facts.yaml", Unknown.Replace("source: s1", "source: s2"));
        var (exit, output, _) = cli.Run("lint", "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Where(x => x.GetProperty("id").GetString() != "FL2006").ToList();
        Assert.Equal(2, diagnostics.Count);
        var d = diagnostics[1];
        Assert.Equal("FL1004", d.GetProperty("id").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("c.facts.yaml", d.GetProperty("file").GetString());
        Assert.Equal((6, 24, 6, 26), (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32()));
        var fix = d.GetProperty("fixes")[0];
        Assert.False(fix.GetProperty("safe").GetBoolean());
        Assert.Equal("s1", fix.GetProperty("edits")[0].GetProperty("newText").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal((2, 2, 0), (summary.GetProperty("files").GetInt32(), summary.GetProperty("error").GetInt32(), summary.GetProperty("warning").GetInt32()));
    }

    [Fact]
    public void A_file_path_is_linted_within_its_workspace_and_only_its_findings_are_reported()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "rules:\n  FL1005: error\n");
        cli.Write("sources/a.facts.yaml", Good);
        cli.Write("events/c.facts.yaml", Unknown.Replace("factlint: 1\n", string.Empty).Replace("subject: nobody", "subject: s1"));
        cli.Write("events/d.facts.yaml", "sources: []\n");
        var (exit, output, _) = cli.Run("lint", "events/c.facts.yaml", "--color", "never");
        Assert.Equal(1, exit);
        Assert.Contains("events/c.facts.yaml:1:1: error[FL1005]", output); // severity from factlint.yaml
        Assert.Contains("'s1' under 'subject' is the id of a source", output); // the source in another file was seen
        Assert.DoesNotContain("events/d.facts.yaml", output);
    }

    [Fact]
    public void Config_problems_are_reported_on_factlint_yaml()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "rules:\n  FL3010: error\n  FL1005: loud\nincldue: []\n");
        cli.Write("a.facts.yaml", Good);
        var (exit, output, _) = cli.Run("lint", "--color", "never");
        Assert.Equal(1, exit);
        Assert.Contains("factlint.yaml:2:3: error[FL1002] 'FL3010' is not a FactLint rule id. Did you mean FL3001?", output);
        Assert.Contains("factlint.yaml:3:11: error[FL1002]", output);
        Assert.Contains("Unknown key 'incldue' in factlint.yaml. Did you mean 'include'?", output);
    }

    [Fact]
    public void The_bundled_examples_lint_without_errors()
    {
        var examples = Path.Combine(FindRepo(), "examples");
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run("lint", examples, "--color", "never");
        Assert.Equal(0, exit);
        Assert.Contains("of 7 files", output);
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FactLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    [Fact]
    public void Quotes_are_checked_against_archives_on_disk_and_timings_go_to_stderr()
    {
        using var cli = new CliRunner();
        cli.Write("archive/gazette.txt", "The ferry lost power, and some 140 passengers waited almost three hours.");
        cli.Write("sources.facts.yaml", "factlint: 1\nsources:\n  - id: gazette\n    title: Ferry\n    archive: archive/gazette.txt\n  - id: leak\n    title: Leak\n    archive: ../outside.txt\n");
        cli.Write("events/e.facts.yaml", "factlint: 1\nclaims:\n  - subject: x\n    property: waited.hours\n    value: 3\n    sources:\n      - source: gazette\n        quote: \"waited nearly three hours\"\n      - source: leak\n");
        var (_, output, err) = cli.Run("lint", "--format", "json", "--timings");
        using var doc = JsonDocument.Parse(output);
        var found = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString() + " " + d.GetProperty("file").GetString() + ":" + d.GetProperty("line").GetInt32()).ToList();
        Assert.Contains("FL2003 events/e.facts.yaml:8", found);
        Assert.Contains("FL2002 sources.facts.yaml:8", found);
        Assert.Contains("Timings (wall clock):", err, System.StringComparison.Ordinal);
        Assert.Contains("FL2003", err, System.StringComparison.Ordinal);
        foreach (var stage in new[] { "per-file rules", "corpus rules", "severities, suppressions, order" })
        {
            Assert.Matches(@"\n +[0-9.]+ ms {4}" + System.Text.RegularExpressions.Regex.Escape(stage) + @"\r?\n", err);
        }

        Assert.Matches(@"Memory: [0-9]+ MB allocated; [0-9]+ collections \([0-9]+ gen1, [0-9]+ gen2\), [0-9.]+ ms paused", err);
    }
}
