using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactLint.Analyzers.Tests.Support;
using FactLint.Diagnostics;
using FactLint.Tests.Support;

namespace FactLint.Analyzers.Tests;

/// <summary>
/// The package as a team uses it: packed, referenced from a folder source by a throw-away C#
/// project holding the example corpus, and built with a real <c>dotnet build</c>.
/// </summary>
public sealed class PackageBuildTests : IClassFixture<PackagedAnalyzerFixture>
{
    private readonly PackagedAnalyzerFixture _fixture;

    public PackageBuildTests(PackagedAnalyzerFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task The_build_reports_the_CLI_findings_in_its_output_and_in_the_SARIF_log()
    {
        var dir = _fixture.CreateProject("default");
        var (exit, output) = await _fixture.BuildAsync(dir);
        Assert.True(exit == 0, "warnings must not fail the build:\n" + output);

        var cli = ExampleCorpus.CliFindings();
        var warnings = cli.Where(d => d.Severity == Severity.Warning).ToArray();
        Assert.True(warnings.Length >= 10);
        foreach (var d in warnings)
        {
            var start = d.Location.LineSpan.Start;
            var expected = $"{Path.Combine(dir, "facts", d.Location.Path)}({start.Line + 1},{start.Character + 1}): warning {d.Id}: {d.Message}";
            Assert.True(output.Contains(expected, StringComparison.Ordinal), $"missing from the build output: {expected}\n\n{output}");
        }

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "build.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("FL", StringComparison.Ordinal))
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                return $"{r.GetProperty("ruleId").GetString()} {location.GetProperty("artifactLocation").GetProperty("uri").GetString()} {region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()}";
            })
            .ToHashSet(StringComparer.Ordinal);
        foreach (var d in cli.Where(d => d.Severity is Severity.Warning or Severity.Info))
        {
            var start = d.Location.LineSpan.Start;
            var expected = $"{d.Id} {new Uri(Path.Combine(dir, "facts", d.Location.Path)).AbsoluteUri} {start.Line + 1}:{start.Character + 1}";
            Assert.Contains(expected, results);
        }

        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "FL3001");
        Assert.Equal("https://github.com/factlint/factlint/blob/main/docs/rules/FL3001.md", rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public async Task An_incremental_build_after_a_fact_file_is_deleted_reports_what_the_deletion_broke()
    {
        var dir = _fixture.CreateProject("incremental");
        var (first, firstOutput) = await _fixture.BuildAsync(dir);
        Assert.True(first == 0, firstOutput);

        // people.facts.yaml defines the entities the events cite: without it, FL1004 errors.
        File.Delete(Path.Combine(dir, "facts", "people.facts.yaml"));
        var (second, secondOutput) = await _fixture.BuildAsync(dir);
        Assert.True(second != 0, "the build must fail on the references the deletion broke:\n" + secondOutput);
        Assert.Contains("error FL1004", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_carries_analyzer_code_fixes_engine_and_build_files_but_not_the_compiler()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(Path.Combine(_fixture.Work, "packages"), "*.nupkg").Single());
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var language in new[] { "cs", "vb" })
        {
            foreach (var dll in new[] { "FactLint.Analyzers", "FactLint.Analyzers.CodeFixes", "FactLint.Core", "YamlDotNet", "System.Text.Json", "Microsoft.Extensions.FileSystemGlobbing", "JsonSchema.Net", "JsonPointer.Net", "Json.More" })
            {
                Assert.Contains($"analyzers/dotnet/{language}/{dll}.dll", entries);
            }
        }

        Assert.DoesNotContain(entries, e => e.Contains("/Microsoft.CodeAnalysis", StringComparison.Ordinal) || e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("build/FactLint.Analyzers.props", entries);
        Assert.Contains("build/FactLint.Analyzers.targets", entries);
        Assert.Contains("AnalyzerReleases.Shipped.md", entries);
        Assert.Contains("AnalyzerReleases.Unshipped.md", entries);

        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workspace_schema_that_needs_JsonSchema_Net_is_applied_inside_the_compiler()
    {
        // unevaluatedProperties is beyond FactLint's own validator: this loads JsonSchema.Net and its libraries in the compiler's process.
        var config = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "examples", "factlint.yaml")) + "schemas: [desk.schema.json]\n";
        const string Schema = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "fact file",
             "allOf": [{"properties": {"factlint": true, "entities": true, "sources": true, "claims": true, "properties": true}}],
             "unevaluatedProperties": false}
            """;
        var dir = _fixture.CreateProject(
            "library-schema",
            files: new[]
            {
                ("facts/factlint.yaml", config),
                ("facts/desk.schema.json", Schema),
                ("facts/desk.facts.yaml", "factlint: 1\ndesk: courts\n"),
                ("Directory.Build.targets", "<Project><ItemGroup><AdditionalFiles Include=\"facts/desk.schema.json\" /></ItemGroup></Project>"),
            });
        var (_, output) = await _fixture.BuildAsync(dir);
        Assert.Contains("desk.facts.yaml(2,1): error FL1002: Unknown key 'desk' in a fact file.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_globalconfig_severity_of_error_fails_the_build()
    {
        var dir = _fixture.CreateProject("globalconfig", files: (".globalconfig", "is_global = true\ndotnet_diagnostic.FL3001.severity = error\n"));
        var (exit, output) = await _fixture.BuildAsync(dir);
        Assert.True(exit != 0, "the build should fail:\n" + output);
        Assert.Contains(": error FL3001: distance.from-capital of vahdat-prison conflicts", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editorconfig_section_for_fact_files_with_severity_error_fails_the_build()
    {
        var dir = _fixture.CreateProject("editorconfig", files: (".editorconfig", "root = true\n\n[*.facts.yaml]\ndotnet_diagnostic.FL3001.severity = error\n"));
        var (exit, output) = await _fixture.BuildAsync(dir);
        Assert.True(exit != 0, "the build should fail:\n" + output);
        Assert.Contains(": error FL3001: distance.from-capital of vahdat-prison conflicts", output, StringComparison.Ordinal);
        Assert.Contains(": warning FL4001:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_the_default_items_off_leaves_fact_files_out_of_the_build()
    {
        var dir = _fixture.CreateProject("opt-out", "<EnableFactLintDefaultItems>false</EnableFactLintDefaultItems>");
        var (exit, output) = await _fixture.BuildAsync(dir);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain(" FL", output, StringComparison.Ordinal);
    }
}
