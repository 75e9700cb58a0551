using System.Collections.Generic;
using FactLint.Config;
using FactLint.Diagnostics;

namespace FactLint.Workspace;

/// <summary>A workspace's config and the paths of its fact files, before any fact file is read.</summary>
public sealed record PreparedWorkspace(string Root, FactLintConfig Config, IReadOnlyList<Diagnostic> ConfigDiagnostics, IReadOnlyList<string> Paths, IReadOnlyList<WorkspaceNotice> Notices);
