using System;
using System.IO;
using FactLint.Workspace;

namespace FactLint.Cli.Commands;

/// <summary>A PATH argument read as the workspace it lies in (the nearest folder with a factlint.yaml), files named explicitly included.</summary>
public static class WorkspaceArgument
{
    /// <returns>The workspace, or null when the path does not exist or the workspace cannot be read (said on <paramref name="stderr"/>).</returns>
    public static LoadedWorkspace? Load(string path, TextWriter stderr)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            stderr.WriteLine($"factlint: error: the path '{path}' does not exist.");
            return null;
        }

        try
        {
            var root = WorkspaceLocator.FindRoot(full);
            return WorkspaceLoader.Load(root, File.Exists(full) ? new[] { full } : null);
        }
        catch (Exception ex) when (ex is WorkspaceException || ex.InnerException is WorkspaceException)
        {
            stderr.WriteLine($"factlint: error: {(ex.InnerException ?? ex).Message}");
            return null;
        }
    }
}
