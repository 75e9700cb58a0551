using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analyzers.Tests.Support;
using FactLint.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analyzers.Tests;

/// <summary>The engine's fixes offered on fact files held as additional documents, as the IDE holds them.</summary>
public sealed class CodeFixTests
{
    private const string FilePath = "/repo/project/facts/events/vahdat-2019.facts.yaml";

    [Fact]
    public async Task The_engine_fix_is_offered_and_changes_only_the_misspelled_name()
    {
        var (project, diagnostics) = await AnalyzeExamplesAsync();
        var halimov = diagnostics.Single(d => d.Id == "FL4001" && d.Location.GetLineSpan().Path == FilePath && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'Halimov'", StringComparison.Ordinal));
        var document = project.AdditionalDocuments.Single(d => d.FilePath == FilePath);

        var actions = await FixesAsync(document, halimov);
        var write = Assert.Single(actions, a => a.Title == "Write 'Khalimov'");
        var before = await document.GetTextAsync(TestContext.Current.CancellationToken);
        var after = await ApplyAsync(write, document.Id);

        var changes = after.GetTextChanges(before);
        var change = Assert.Single(changes);
        Assert.Equal("Halimov", before.ToString(change.Span));
        Assert.Equal("Khalimov", change.NewText);
    }

    [Fact]
    public async Task A_fix_is_not_offered_once_the_text_it_would_replace_has_changed()
    {
        var (project, diagnostics) = await AnalyzeExamplesAsync();
        var halimov = diagnostics.Single(d => d.Id == "FL4001" && d.Location.GetLineSpan().Path == FilePath && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'Halimov'", StringComparison.Ordinal));
        var document = project.AdditionalDocuments.Single(d => d.FilePath == FilePath);
        var text = await document.GetTextAsync(TestContext.Current.CancellationToken);
        var edited = document.Project.Solution.WithAdditionalDocumentText(document.Id, text.Replace(halimov.Location.SourceSpan, "Hal1mov"));

        Assert.Empty(await FixesAsync(edited.GetAdditionalDocument(document.Id)!, halimov));
    }

    [Fact]
    public void Fixes_are_registered_for_fact_files_held_as_additional_documents()
    {
        var attribute = CompilerLikeAnalyzerLoader.CodeFixes.GetType().GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Cast<ExportCodeFixProviderAttribute>().Single();
        Assert.Equal(new[] { nameof(TextDocumentKind.AdditionalDocument) }, attribute.DocumentKinds);
        Assert.Contains(".yaml", attribute.DocumentExtensions!);
        Assert.Contains("FL4001", CompilerLikeAnalyzerLoader.CodeFixes.FixableDiagnosticIds);
    }

    private static async Task<(Project Project, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeExamplesAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var examples = Path.Combine(SharedData.RepositoryRoot, "examples");
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Project", "Project", LanguageNames.CSharp, filePath: "/repo/project/Project.csproj"));
        var solution = project.Solution;
        foreach (var file in Directory.EnumerateFiles(examples, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var path = "/repo/project/facts/" + Path.GetRelativePath(examples, file).Replace('\\', '/');
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(project.Id), Path.GetFileName(path), SourceText.From(File.ReadAllText(file)), filePath: path);
        }

        project = solution.GetProject(project.Id)!;
        var compilation = (await project.GetCompilationAsync(ct))!;
        var diagnostics = await compilation
            .WithAnalyzers(CompilerLikeAnalyzerLoader.Analyzers.ToImmutableArray(), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync(ct);
        return (project, diagnostics);
    }

    private static async Task<List<CodeAction>> FixesAsync(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (a, _) => actions.Add(a), TestContext.Current.CancellationToken);
        await CompilerLikeAnalyzerLoader.CodeFixes.RegisterCodeFixesAsync(context);
        return actions;
    }

    private static async Task<SourceText> ApplyAsync(CodeAction action, DocumentId id)
    {
        var operations = await action.GetOperationsAsync(TestContext.Current.CancellationToken);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return await changed.GetAdditionalDocument(id)!.GetTextAsync(TestContext.Current.CancellationToken);
    }
}
