using System.IO;
using FactLint.Config;

namespace FactLint.Workspace;

/// <summary>Finds the workspace root of a path, as the spec defines it.</summary>
public static class WorkspaceLocator
{
    /// <summary>
    /// The nearest folder at or above <paramref name="fullPath"/> that holds a factlint.yaml;
    /// else the path itself (a folder) or its folder (a file).
    /// </summary>
    public static string FindRoot(string fullPath)
    {
        var start = Directory.Exists(fullPath) ? fullPath : Path.GetDirectoryName(fullPath) ?? fullPath;
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ConfigLoader.FileName)))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
