using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactLint.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Tests;

/// <summary>Whatever the files hold, the build gets diagnostics, never an analyzer crash (AD0001) or a hang.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task Broken_yaml_is_FL1001_at_the_place_it_breaks()
    {
        var diagnostics = await AnalyzerRun.RunAsync(("broken.facts.yaml", "factlint: 1\nclaims:\n  - id: a\n    value: [1, 2\n"));
        var error = Assert.Single(diagnostics, d => d.Id == "FL1001");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.True(error.Location.GetLineSpan().StartLinePosition.Line >= 3);
    }

    [Fact]
    public async Task An_alias_bomb_and_deep_nesting_end_in_diagnostics()
    {
        var bomb = new StringBuilder("factlint: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            bomb.Append(FormattableString.Invariant($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n"));
        }

        var deep = "factlint: 1\nnote: " + new string('[', 20_000) + new string(']', 20_000) + "\n";
        var diagnostics = await AnalyzerRun.RunAsync(("bomb.facts.yaml", bomb.ToString()), ("deep.facts.yaml", deep));
        Assert.Contains(diagnostics, d => d.Id == "FL1001" && d.Location.GetLineSpan().Path.EndsWith("deep.facts.yaml", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("bomb.facts.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_the_compiler_cannot_read_is_one_clear_error()
    {
        var diagnostics = await AnalyzerRun.RunAsync(new AdditionalText[] { new InMemoryAdditionalText(AnalyzerRun.ProjectDir + "gone.facts.yaml", null) });
        var error = Assert.Single(diagnostics);
        Assert.Equal("FL1001", error.Id);
        Assert.Contains("could not read", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_inside_the_analyzer_is_one_FL0001_not_a_broken_build()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText(AnalyzerRun.ProjectDir + "people.facts.yaml", "factlint: 1\n"),
            new InMemoryAdditionalText(AnalyzerRun.ProjectDir + "flaky.facts.yaml", null, new IOException("the disk went away")),
        };
        var diagnostics = await AnalyzerRun.RunAsync(files);
        var failure = Assert.Single(diagnostics, d => d.Id == "FL0001");
        var message = failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("IOException: the disk went away", message, StringComparison.Ordinal);
        Assert.Contains("the build goes on", message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
    }

    [Fact]
    public async Task Text_that_was_not_utf8_is_still_checked_without_a_crash()
    {
        // The compiler decodes bytes before the analyzer sees them; replacement characters are text like any other.
        var diagnostics = await AnalyzerRun.RunAsync(("odd.facts.yaml", "factlint: 1\nentities:\n  - id: x\n    type: person\n    name: \uFFFD\uFFFDbad\n"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "FL0001");
    }
}
