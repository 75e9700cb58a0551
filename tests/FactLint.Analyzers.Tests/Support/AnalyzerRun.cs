using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactLint.Analyzers.Tests.Support;

/// <summary>
/// Runs the FactLint analyzer the way the compiler does — a real C# compilation, the
/// analyzer driver, additional files and build properties — without MSBuild, so that each case
/// takes milliseconds. Analyzer exceptions fail the test instead of becoming AD0001.
/// </summary>
internal static class AnalyzerRun
{
    public const string ProjectDir = "/repo/project/";

    public static Task<ImmutableArray<Diagnostic>> RunAsync(params (string Path, string Text)[] files) =>
        RunAsync(files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + f.Path, f.Text)).ToArray());

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IReadOnlyList<AdditionalText> files,
        string? projectDir = ProjectDir,
        IReadOnlyDictionary<string, ReportDiagnostic>? commandLine = null,
        ReportDiagnostic general = ReportDiagnostic.Default)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithGeneralDiagnosticOption(general)
            .WithSpecificDiagnosticOptions(commandLine ?? new Dictionary<string, ReportDiagnostic>());
        var compilation = CSharpCompilation.Create(
            "Project",
            new[] { CSharpSyntaxTree.ParseText("namespace Project { internal static class Empty { } }", path: "/repo/project/Empty.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            options);

        var global = new Dictionary<string, string>();
        if (projectDir != null)
        {
            global["build_property.projectdir"] = projectDir;
        }

        var failures = new List<Exception>();
        var analyzerOptions = new AnalyzerOptions(files.ToImmutableArray(), new TestOptionsProvider(global));
        var withAnalyzers = compilation.WithAnalyzers(
            CompilerLikeAnalyzerLoader.Analyzers.ToImmutableArray(),
            new CompilationWithAnalyzersOptions(analyzerOptions, (ex, _, _) => { lock (failures) { failures.Add(ex); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        Assert.True(failures.Count == 0, "The analyzer threw: " + string.Join("\n", failures));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }
}
