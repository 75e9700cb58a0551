using System;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Tests;

/// <summary>Which files form a corpus inside a project, and what the build can and cannot see.</summary>
public sealed class WorkspaceTests
{
    private const string Person = "factlint: 1\nentities:\n  - id: gulmurod-khalimov\n    type: person\n    name: Gulmurod Khalimov\n";

    [Fact]
    public async Task Each_factlint_yaml_makes_its_own_corpus_and_ids_do_not_cross()
    {
        // The same id in two corpora is not a duplicate; twice in one corpus it is.
        var apart = await AnalyzerRun.RunAsync(
            ("a/factlint.yaml", "include: [\"**/*.facts.yaml\"]\n"),
            ("a/people.facts.yaml", Person),
            ("b/factlint.yaml", "include: [\"**/*.facts.yaml\"]\n"),
            ("b/people.facts.yaml", Person));
        Assert.DoesNotContain(apart, d => d.Id == "FL1003");

        var together = await AnalyzerRun.RunAsync(("a/people.facts.yaml", Person), ("b/people.facts.yaml", Person));
        Assert.Single(together, d => d.Id == "FL1003");
    }

    [Fact]
    public async Task Excludes_in_factlint_yaml_apply_in_the_build_as_on_the_command_line()
    {
        var diagnostics = await AnalyzerRun.RunAsync(
            ("factlint.yaml", "exclude: [\"drafts/**\"]\n"),
            ("drafts/broken.facts.yaml", "factlint: 1\nclaims: [unclosed\n"),
            ("people.facts.yaml", Person));
        Assert.DoesNotContain(diagnostics, d => d.Location.GetLineSpan().Path.Contains("drafts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Problems_in_factlint_yaml_are_reported_on_it()
    {
        var diagnostics = await AnalyzerRun.RunAsync(("factlint.yaml", "rules:\n  FL3010: error\n"), ("people.facts.yaml", Person));
        var problem = Assert.Single(diagnostics, d => d.Id == "FL1002");
        Assert.Equal(AnalyzerRun.ProjectDir + "factlint.yaml", problem.Location.GetLineSpan().Path);
        Assert.Contains("FL3010", problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_schema_that_is_not_an_additional_file_is_reported_with_what_to_do()
    {
        var diagnostics = await AnalyzerRun.RunAsync(("factlint.yaml", "schemas: [schemas/ours.schema.json]\n"), ("people.facts.yaml", Person));
        var problem = Assert.Single(diagnostics, d => d.Id == "FL1002");
        Assert.Contains("AdditionalFiles", problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_schema_among_the_additional_files_is_applied()
    {
        var schema = """{"type": "object", "required": ["owner"]}""";
        var diagnostics = await AnalyzerRun.RunAsync(("factlint.yaml", "schemas: [schemas/ours.schema.json]\n"), ("schemas/ours.schema.json", schema), ("people.facts.yaml", Person));
        var violation = Assert.Single(diagnostics, d => d.Id == "FL1002");
        Assert.Equal(AnalyzerRun.ProjectDir + "people.facts.yaml", violation.Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task Quotes_are_checked_against_archives_that_are_additional_files_and_left_alone_otherwise()
    {
        const string Facts = """
            factlint: 1
            sources:
              - id: gazette
                title: Lakeside Gazette
                archive: archive/gazette.txt
            entities:
              - id: ferry
                type: event
                name: Mirren ferry delay
            claims:
              - id: delay
                subject: ferry
                property: delay
                value: 3
                unit: h
                sources:
                  - source: gazette
                    quote: "waited nearly three hours"
            """;
        var without = await AnalyzerRun.RunAsync(("events.facts.yaml", Facts));
        Assert.DoesNotContain(without, d => d.Id is "FL2002" or "FL2003");

        var with = await AnalyzerRun.RunAsync(("events.facts.yaml", Facts), ("archive/gazette.txt", "Passengers waited almost three hours for the tug."));
        var drift = Assert.Single(with, d => d.Id == "FL2003");
        Assert.Contains("almost", drift.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suppression_used_by_a_corpus_rule_is_not_reported_as_unused_but_a_stale_one_is()
    {
        var conflict = Corpora.Conflict.Replace("    value: 21", "    value: 21   # factlint-disable-line FL3001 -- checked with the editor", StringComparison.Ordinal)
            .Replace("    date: 2018-11-07", "    date: 2018-11-07   # factlint-disable-line FL4001", StringComparison.Ordinal);
        var diagnostics = await AnalyzerRun.RunAsync(("sources.facts.yaml", Corpora.Sources), ("events/khujand.facts.yaml", conflict));
        Assert.DoesNotContain(diagnostics, d => d.Id == "FL3001");
        var unused = Assert.Single(diagnostics, d => d.Id == "FL9001");
        Assert.Equal(5, unused.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task Without_a_project_folder_the_corpus_is_rooted_above_all_its_files()
    {
        var files = new[] { ("x/sources.facts.yaml", Corpora.Sources), ("x/events/khujand.facts.yaml", Corpora.Conflict) }
            .Select(f => (AdditionalText)new InMemoryAdditionalText("/elsewhere/" + f.Item1, f.Item2)).ToArray();
        var diagnostics = await AnalyzerRun.RunAsync(files, projectDir: null);
        Assert.Single(diagnostics, d => d.Id == "FL3001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "FL1004");
    }

    [Fact]
    public async Task A_project_without_fact_files_gets_nothing()
    {
        Assert.Empty(await AnalyzerRun.RunAsync(("notes.txt", "not a fact file"), ("data.yaml", "a: [")));
    }
}
