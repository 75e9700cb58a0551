using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Tests;

/// <summary>factlint.yaml, .editorconfig sections and the compiler's own options, each alone and against each other.</summary>
public sealed class SeverityTests
{
    private static readonly (string, string)[] Corpus = { ("sources.facts.yaml", Corpora.Sources), ("events/khujand.facts.yaml", Corpora.Conflict) };

    [Fact]
    public async Task Without_settings_a_rule_reports_at_its_default_severity()
    {
        var conflict = Assert.Single(await AnalyzerRun.RunAsync(Corpus), d => d.Id == "FL3001");
        Assert.Equal(DiagnosticSeverity.Warning, conflict.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, conflict.DefaultSeverity);
    }

    [Fact]
    public async Task Factlint_yaml_raises_and_turns_off()
    {
        var diagnostics = await AnalyzerRun.RunAsync(With(("factlint.yaml", "rules:\n  FL3001: error\n  FL2006: off\n")));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "FL3001").Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id == "FL2006");
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("silent", DiagnosticSeverity.Hidden)]
    public async Task An_editorconfig_section_for_fact_files_sets_the_severity(string value, DiagnosticSeverity expected)
    {
        var diagnostics = await AnalyzerRun.RunAsync(With((".editorconfig", $"root = true\n[*.facts.yaml]\ndotnet_diagnostic.FL3001.severity = {value}\n")));
        Assert.Equal(expected, Assert.Single(diagnostics, d => d.Id == "FL3001").Severity);
    }

    [Fact]
    public async Task An_editorconfig_section_can_turn_a_rule_off()
    {
        var diagnostics = await AnalyzerRun.RunAsync(With((".editorconfig", "[*.facts.yaml]\ndotnet_diagnostic.FL3001.severity = none\n")));
        Assert.DoesNotContain(diagnostics, d => d.Id == "FL3001");
        Assert.Contains(diagnostics, d => d.Id == "FL2006");
    }

    [Fact]
    public async Task An_editorconfig_section_applies_only_to_the_files_it_matches_and_the_closest_file_wins()
    {
        // The project-wide file raises FL2006 (reported on sources.facts.yaml); the one in events/ turns FL3001 off there only.
        var diagnostics = await AnalyzerRun.RunAsync(With(
            (".editorconfig", "root = true\n[*.facts.yaml]\ndotnet_diagnostic.FL2006.severity = error\ndotnet_diagnostic.FL3001.severity = error\n"),
            ("events/.editorconfig", "[*.facts.yaml]\ndotnet_diagnostic.FL3001.severity = none\n"),
            ("other/.editorconfig", "[*.facts.yaml]\ndotnet_diagnostic.FL2006.severity = none\n")));
        Assert.DoesNotContain(diagnostics, d => d.Id == "FL3001");
        Assert.All(diagnostics.Where(d => d.Id == "FL2006"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.NotEmpty(diagnostics.Where(d => d.Id == "FL2006"));
    }

    [Fact]
    public async Task An_editorconfig_section_beats_factlint_yaml_and_can_turn_back_on_what_it_turned_off()
    {
        var diagnostics = await AnalyzerRun.RunAsync(With(
            ("factlint.yaml", "rules:\n  FL3001: off\n  FL2006: error\n"),
            (".editorconfig", "[*.facts.yaml]\ndotnet_diagnostic.FL3001.severity = warning\ndotnet_diagnostic.FL2006.severity = suggestion\n")));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "FL3001").Severity);
        Assert.All(diagnostics.Where(d => d.Id == "FL2006"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public async Task A_rule_off_in_factlint_yaml_still_runs_when_the_compiler_options_turn_it_on()
    {
        var files = With(("factlint.yaml", "rules:\n  FL3001: off\n")).Select(f => (AdditionalText)new InMemoryAdditionalText(AnalyzerRun.ProjectDir + f.Item1, f.Item2)).ToArray();
        var quiet = await AnalyzerRun.RunAsync(files);
        Assert.DoesNotContain(quiet, d => d.Id == "FL3001");

        var raised = await AnalyzerRun.RunAsync(files, commandLine: new Dictionary<string, ReportDiagnostic> { ["FL3001"] = ReportDiagnostic.Error });
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(raised, d => d.Id == "FL3001").Severity);
    }

    [Fact]
    public async Task Warnings_as_errors_applies_to_fact_file_warnings()
    {
        var files = Corpus.Select(f => (AdditionalText)new InMemoryAdditionalText(AnalyzerRun.ProjectDir + f.Item1, f.Item2)).ToArray();
        var diagnostics = await AnalyzerRun.RunAsync(files, general: ReportDiagnostic.Error);
        var conflict = Assert.Single(diagnostics, d => d.Id == "FL3001");
        Assert.Equal(DiagnosticSeverity.Error, conflict.Severity);
        Assert.True(conflict.IsWarningAsError);
    }

    private static (string, string)[] With(params (string, string)[] extra) => Corpus.Concat(extra).ToArray();
}
