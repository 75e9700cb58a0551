using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Workspace;

namespace FactLint.Cli.Commands;

/// <summary>
/// The paths of a command, grouped by workspace: each path belongs to the nearest folder at or
/// above it with a factlint.yaml, so that references to other files resolve; only files under the
/// given paths are reported or changed.
/// </summary>
public sealed class LintTargets
{
    private LintTargets(IReadOnlyList<WorkspaceTarget> workspaces) => Workspaces = workspaces;

    public IReadOnlyList<WorkspaceTarget> Workspaces { get; }

    /// <returns>The targets, or null after writing why to <paramref name="stderr"/> (a usage error).</returns>
    public static LintTargets? Resolve(IReadOnlyList<string> paths, TextWriter stderr)
    {
        var requested = paths.Count == 0 ? new[] { "." } : paths;
        var targets = new List<(string Root, string Full)>();
        foreach (var p in requested)
        {
            var full = Path.GetFullPath(p);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                stderr.WriteLine(p.StartsWith("-", StringComparison.Ordinal)
                    ? $"factlint: error: unknown option '{p}'; run 'factlint --help' for the options (a path that starts with '-' is written ./{p})."
                    : $"factlint: error: the path '{p}' does not exist.");
                return null;
            }

            targets.Add((WorkspaceLocator.FindRoot(full), full));
        }

        return new LintTargets(targets
            .GroupBy(t => t.Root, StringComparer.Ordinal)
            .Select(g => new WorkspaceTarget(g.Key, g.Select(t => t.Full).ToList()))
            .ToList());
    }
}

/// <summary>One workspace root and the paths asked for inside it.</summary>
public sealed class WorkspaceTarget
{
    private readonly List<string> _scopes;
    private readonly List<string> _folderPrefixes;

    public WorkspaceTarget(string root, IReadOnlyList<string> fullPaths)
    {
        Root = root;
        FullPaths = fullPaths;
        _scopes = fullPaths.Select(p => FactFileDiscovery.ToRelative(root, p)).ToList();
        _folderPrefixes = _scopes.ConvertAll(s => s.TrimEnd('/') + "/");
        CoversWorkspace = _scopes.Exists(s => s.Length == 0 || s == ".");
    }

    public string Root { get; }

    public IReadOnlyList<string> FullPaths { get; }

    /// <summary>Files named explicitly: linted even if the config's globs would not include them.</summary>
    public IEnumerable<string> ExplicitFiles => FullPaths.Where(File.Exists);

    /// <summary>Whether the whole workspace was asked for, so every path is in scope.</summary>
    public bool CoversWorkspace { get; }

    /// <summary>Whether a workspace-relative path is under one of the paths asked for.</summary>
    /// <remarks>Asked once per finding: the scopes' folder prefixes are worked out once, not per call.</remarks>
    public bool InScope(string path)
    {
        if (CoversWorkspace)
        {
            return true;
        }

        for (var i = 0; i < _scopes.Count; i++)
        {
            if (path == _scopes[i] || path.StartsWith(_folderPrefixes[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <returns>The workspace, or null after writing why to <paramref name="stderr"/>.</returns>
    public LoadedWorkspace? Load(TextWriter stderr, ILoadProgress? progress = null) =>
        Prepare(stderr) is { } prepared ? WorkspaceLoader.Load(prepared, progress) : null;

    /// <summary>The config and the fact files' paths, or null (said on stderr) when factlint.yaml cannot be read.</summary>
    public PreparedWorkspace? Prepare(TextWriter stderr)
    {
        try
        {
            return WorkspaceLoader.Prepare(Root, ExplicitFiles);
        }
        catch (WorkspaceException ex)
        {
            stderr.WriteLine($"factlint: error: {ex.Message}");
        }

        return null;
    }
}
