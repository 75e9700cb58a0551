using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Config;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLint.Workspace;

/// <summary>
/// Lists the fact files of a workspace: include and exclude globs from the config, relative to the
/// root. Symbolic links are not followed (a link could lead out of the workspace, or in a loop),
/// and version-control and package folders are skipped.
/// </summary>
public static class FactFileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", ".hg", ".svn", "node_modules" };

    /// <summary>Workspace-relative paths (forward slashes), sorted.</summary>
    public static IReadOnlyList<string> Discover(string root, FactLintConfig config)
    {
        var matcher = FactFileMatcher.Create(config);

        var candidates = new List<string>();
        var stack = new Stack<DirectoryInfo>();
        stack.Push(new DirectoryInfo(root));
        while (stack.Count > 0)
        {
            var dir = stack.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = dir.GetFileSystemInfos();
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    if (!SkippedFolders.Contains(sub.Name))
                    {
                        stack.Push(sub);
                    }
                }
                else if (entry.Name.EndsWith(".yaml", StringComparison.Ordinal) || entry.Name.EndsWith(".yml", StringComparison.Ordinal))
                {
                    candidates.Add(entry.FullName);
                }
            }
        }

        var result = matcher.Match(root, candidates).Files.Select(f => f.Path.Replace('\\', '/')).ToList();
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    public static string ToRelative(string root, string fullPath)
    {
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(fullPath);
        if (full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar == rootFull)
        {
            return string.Empty;
        }

        var relative = full.StartsWith(rootFull, StringComparison.Ordinal) ? full.Substring(rootFull.Length) : full;
        return relative.Replace('\\', '/');
    }
}
