using System.Collections.Immutable;
using System.IO;
using FactLint.Analysis;
using FactLint.Tests.Support;
using FactLint.Workspace;

namespace FactLint.Analyzers.Tests.Support;

/// <summary>The bundled examples and what the CLI's engine finds in them: the yardstick the build is held to.</summary>
internal static class ExampleCorpus
{
    public static string Root { get; } = Path.Combine(SharedData.RepositoryRoot, "examples");

    public static ImmutableArray<FactLint.Diagnostics.Diagnostic> CliFindings()
    {
        var workspace = WorkspaceLoader.Load(Root);
        return CorpusAnalyzer.Analyze(workspace.Corpus, new AnalysisOptions { Config = workspace.Config, Archives = new FileSystemArchiveStore(Root) }).Diagnostics;
    }
}
