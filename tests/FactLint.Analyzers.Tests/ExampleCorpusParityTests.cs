using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analyzers.Tests.Support;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Tests;

/// <summary>The build must say what the CLI says: same findings, same spans, same words, same severities.</summary>
public sealed class ExampleCorpusParityTests
{
    [Fact]
    public async Task The_analyzer_reports_exactly_what_the_CLI_reports_on_the_examples()
    {
        var root = ExampleCorpus.Root;
        var expected = ExampleCorpus.CliFindings()
            .Select(d => Describe(d.Id, d.Location.Path, d.Location.LineSpan, d.Severity.ToRoslyn(), d.Message))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".facts.yaml", StringComparison.Ordinal) || p.EndsWith("factlint.yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
            .ToArray();
        var build = await AnalyzerRun.RunAsync(files, projectDir: root);
        var actual = build
            .Select(d => Describe(d.Id, Path.GetRelativePath(root, d.Location.GetLineSpan().Path).Replace('\\', '/'), d.Location.GetLineSpan().Span, d.Severity, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

        Assert.True(expected.Length >= 15, "the examples are meant to show most rules");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Related_spans_become_additional_locations_with_their_messages()
    {
        var build = await AnalyzerRun.RunAsync(("sources.facts.yaml", Corpora.Sources), ("events/khujand.facts.yaml", Corpora.Conflict));

        var conflict = Assert.Single(build, d => d.Id == "FL3001");
        Assert.Equal(13, conflict.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(AnalyzerRun.ProjectDir + "events/khujand.facts.yaml", conflict.Location.GetLineSpan().Path);
        Assert.Null(conflict.Location.SourceTree);
        Assert.Equal("21", Corpora.Conflict.Substring(conflict.Location.SourceSpan.Start, conflict.Location.SourceSpan.Length));
        var related = Assert.Single(conflict.AdditionalLocations);
        Assert.Equal(20, related.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("25", conflict.Properties["related0"], StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, conflict.Severity);
        Assert.Equal("https://github.com/factlint/factlint/blob/main/docs/rules/FL3001.md", conflict.Descriptor.HelpLinkUri);
    }

    private static string Describe(string id, string path, Microsoft.CodeAnalysis.Text.LinePositionSpan span, DiagnosticSeverity severity, string message) =>
        $"{path}:{span.Start.Line + 1}:{span.Start.Character + 1}-{span.End.Line + 1}:{span.End.Character + 1} {severity} {id} {message}";
}
