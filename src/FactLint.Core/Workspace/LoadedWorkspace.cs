using System.Collections.Generic;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Workspace;

/// <summary>A workspace read from disk: its root, config (and the config's own findings), corpus, and what was found but not read.</summary>
public sealed record LoadedWorkspace(string Root, FactLintConfig Config, IReadOnlyList<Diagnostic> ConfigDiagnostics, FactCorpus Corpus)
{
    public IReadOnlyList<WorkspaceNotice> Notices { get; init; } = System.Array.Empty<WorkspaceNotice>();
}
