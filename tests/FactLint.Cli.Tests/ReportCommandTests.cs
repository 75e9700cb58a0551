using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactLint.Analysis;
using FactLint.Claims;
using FactLint.Reporting;
using FactLint.Tests.Support;
using FactLint.Workspace;

namespace FactLint.Cli.Tests;

/// <summary>`factlint report`: one self-contained page that draws what the engine found, and never lets a fact file's words become markup.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void The_examples_report_draws_every_claim_group_and_marks_the_outlier()
    {
        var examples = Path.Combine(SharedData.RepositoryRoot, "examples");
        var output = Path.Combine(Path.GetTempPath(), "factlint-report-" + Guid.NewGuid().ToString("N"), "report.html");
        using var cli = new CliRunner();
        var (exit, stdout, stderr) = cli.Run("report", examples, "-o", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("claim groups", stdout, StringComparison.Ordinal);
        var html = File.ReadAllText(output);

        var workspace = WorkspaceLoader.Load(examples);
        var groups = ClaimGroups.Build(workspace.Corpus.Documents, workspace.Corpus.Index, workspace.Config.ApproxTolerance);
        Assert.Equal(groups.Groups.Count, Regex.Matches(html, "<article class=\"group").Count);
        Assert.Contains("killed.total of khujand-riot-2018", html, StringComparison.Ordinal);

        // The one group FL3001 reports is first, drawn in disagreement, its outlier the claim the rule names.
        var first = html.IndexOf("<article class=\"group", StringComparison.Ordinal);
        Assert.StartsWith("<article class=\"group conflict\"", html.Substring(first), StringComparison.Ordinal);
        Assert.Contains("class=\"row p0 outlier\"", html, StringComparison.Ordinal);
        Assert.Contains("10 km \u2190 outlier", html, StringComparison.Ordinal);

        // Self-contained: nothing to fetch, nothing to run; links to files are relative to the report.
        Assert.DoesNotMatch("<script|src=\"http|<link |@import|url\\(http", html);
        Assert.Contains("href=\"../", html, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    [Fact]
    public void Words_from_fact_files_are_text_never_markup()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        cli.Write("a.facts.yaml", """
            factlint: 1
            sources:
              - id: s1
                title: "<script>alert(1)</script>"
                publisher: "A & B <i>News</i>"
                url: https://example.org/a
                published: 2020-01-02
              - id: s2
                title: Other
                url: https://example.org/b
                published: 2020-03-04
            entities:
              - id: e1
                type: event
                name: "Riot \"<b>\""
            claims:
              - id: c1
                subject: e1
                property: killed
                value: 5
                sources:
                  - source: s1
                    quote: "</td></tr><img src=x onerror=alert(1)> 5 died"
              - id: c2
                subject: e1
                property: killed
                value: 9
                sources:
                  - source: s2
            """);
        var (exit, _, stderr) = cli.Run("report", ".", "-o", "out/r.html");
        Assert.True(exit == 0, stderr);
        var html = File.ReadAllText(Path.Combine(cli.Root, "out", "r.html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>News", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B &lt;i&gt;News&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../a.facts.yaml\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_never_replaces_a_fact_file_the_config_or_a_schema()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        const string fact = "factlint: 1\nsources:\n  - { id: s1, title: One, url: \"https://example.org/1\" }\n";
        cli.Write("a.facts.yaml", fact);
        foreach (var target in new[] { "a.facts.yaml", "factlint.yaml", "schema.json", "notes.yml" })
        {
            var (exit, _, stderr) = cli.Run("report", ".", "-o", target);
            Assert.Equal(2, exit);
            Assert.Contains("write the report to an .html file", stderr, StringComparison.Ordinal);
        }

        Assert.Equal(fact, File.ReadAllText(Path.Combine(cli.Root, "a.facts.yaml")));
        Assert.False(File.Exists(Path.Combine(cli.Root, "schema.json")));
    }

    [Fact]
    public void A_missing_path_or_an_empty_folder_is_a_usage_error()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("report", "no-such-folder").Exit);
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        var (exit, _, stderr) = cli.Run("report", ".");
        Assert.Equal(2, exit);
        Assert.Contains("no fact files", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ends_and_ranges_are_drawn_as_such()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        cli.Write("a.facts.yaml", """
            factlint: 1
            sources:
              - { id: s1, title: One, url: "https://example.org/1", published: 2020-01-01 }
              - { id: s2, title: Two, url: "https://example.org/2", published: 2020-02-01 }
              - { id: s3, title: Three, url: "https://example.org/3", published: 2020-03-01 }
            entities:
              - { id: e1, type: event, name: Flood }
            claims:
              - { id: c1, subject: e1, property: dead, value: { at_least: 40 }, sources: [{ source: s1 }] }
              - { id: c2, subject: e1, property: dead, value: { at_most: 12 }, sources: [{ source: s2 }] }
              - { id: c3, subject: e1, property: dead, value: { between: [20, 30] }, sources: [{ source: s3 }] }
            """);
        var (exit, _, stderr) = cli.Run("report", ".", "-o", "r.html");
        Assert.True(exit == 0, stderr);
        var html = File.ReadAllText(Path.Combine(cli.Root, "r.html"));
        var chart = Regex.Match(html, "<svg class=\"chart\".*?</svg>", RegexOptions.Singleline).Value;
        // "At least 40" has no upper end: a bar to the edge with an arrow; "at most 12" of a count ends at 0 and 12.
        Assert.Equal(1, Regex.Matches(chart, "<path class=\"mark\"").Count);
        Assert.Equal(3, Regex.Matches(chart, "<g class=\"row").Count);
        Assert.Contains("at least", html, StringComparison.Ordinal);
        Assert.Contains("at most", html, StringComparison.Ordinal);
        Assert.Contains("between", html, StringComparison.Ordinal);
        Assert.Contains("timeline", html, StringComparison.Ordinal); // three publication dates: a time axis
    }

    [Fact]
    public void The_model_reads_the_engine_findings()
    {
        var examples = Path.Combine(SharedData.RepositoryRoot, "examples");
        var workspace = WorkspaceLoader.Load(examples);
        var options = new AnalysisOptions { Config = workspace.Config, Archives = new FileSystemArchiveStore(examples) };
        var result = AnalysisSession.Analyze(workspace.Corpus, options);
        var model = ReportBuilder.Build(examples, workspace.Corpus, options, result.Diagnostics);
        Assert.Equal(result.Diagnostics.Length, model.Rules.Sum(r => r.Count));
        Assert.Equal(result.Diagnostics.Count(d => d.Id == "FL3001"), model.GroupsInDisagreement);
        var halimov = Assert.Single(model.Names, c => c.EntityId == "gulmurod-khalimov");
        Assert.Contains(halimov.Spellings, s => s.Kind == "variant" && s.Text == "Halimov");
        Assert.Contains(model.Chains, c => c.Findings.Count > 0);
    }

    [Fact]
    public void A_group_of_thousands_of_claims_is_drawn_as_its_sets_and_counted_not_listed_whole()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        var text = new System.Text.StringBuilder("factlint: 1\nsources:\n  - { id: s1, title: One, url: \"https://example.org/1\", published: 2020-01-01 }\nentities:\n  - { id: e1, type: event, name: Flood }\nclaims:\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(System.FormattableString.Invariant($"  - {{ id: c{i}, subject: e1, property: dead, value: {(i == 4321 ? 99 : 10)}, sources: [{{ source: s1 }}] }}\n"));
        }

        cli.Write("a.facts.yaml", text.ToString());
        var (exit, _, stderr) = cli.Run("report", ".", "-o", "r.html");
        Assert.True(exit == 0, stderr);
        var html = File.ReadAllText(Path.Combine(cli.Root, "r.html"));
        Assert.True(html.Length < 400_000, $"the page is {html.Length:N0} characters for one group of 5,000 claims");
        var chart = Regex.Match(html, "<svg class=\"chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.InRange(Regex.Matches(chart, "<g class=\"row").Count, 2, 62);
        Assert.Contains("more claims in this set", chart, StringComparison.Ordinal);
        Assert.Contains("class=\"row p1 outlier\"", chart, StringComparison.Ordinal);
        Assert.Contains("99 \u2190 outlier", html, StringComparison.Ordinal);
        Assert.Contains("more claims: <code>factlint lint</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relies_on_chain_thousands_long_with_a_cycle_is_drawn_without_recursion()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        var text = new System.Text.StringBuilder("factlint: 1\nsources:\n");
        const int n = 20000;
        for (var i = 0; i < n; i++)
        {
            // s0 relies on s1, ... s19999 relies on s19990: a long chain ending in a cycle.
            var target = i + 1 < n ? i + 1 : n - 10;
            text.Append(System.FormattableString.Invariant($"  - {{ id: s{i}, title: T, url: \"https://example.org/{i}\", relies_on: [s{target}] }}\n"));
        }

        cli.Write("a.facts.yaml", text.ToString());
        var (exit, _, stderr) = cli.Run("report", ".", "-o", "r.html");
        Assert.True(exit == 0, stderr);
        var html = File.ReadAllText(Path.Combine(cli.Root, "r.html"));
        Assert.Contains("class=\"graph\"", html, StringComparison.Ordinal);
        Assert.Contains("19,960 more sources further along this chain", html, StringComparison.Ordinal);
        Assert.True(html.Length < 200_000, $"the page is {html.Length:N0} characters");
    }
}
