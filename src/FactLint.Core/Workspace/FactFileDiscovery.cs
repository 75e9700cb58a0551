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
    /// <param name="notices">Told of entries that match the globs but are not read: links, folders named like fact files.</param>
    public static IReadOnlyList<string> Discover(string root, FactLintConfig config, List<WorkspaceNotice>? notices = null)
    {
        var matcher = FactFileMatcher.Create(config);

        var candidates = new List<string>();
        var skipped = new List<(string Full, string Why)>();
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
                var yamlName = entry.Name.EndsWith(".yaml", StringComparison.Ordinal) || entry.Name.EndsWith(".yml", StringComparison.Ordinal);
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    if (yamlName)
                    {
                        skipped.Add((entry.FullName, LinkNotice(entry)));
                    }

                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    if (yamlName)
                    {
                        skipped.Add((entry.FullName, "it is a folder named like a fact file; its contents are searched, but it is not a fact file"));
                    }

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
        if (notices != null && skipped.Count > 0)
        {
            // Only what the globs would have taken is worth a word.
            var byPath = skipped.ToDictionary(s => s.Full, s => s.Why, StringComparer.Ordinal);
            foreach (var match in matcher.Match(root, skipped.Select(s => s.Full)).Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var full = Path.GetFullPath(Path.Combine(root, match.Path));
                if (byPath.TryGetValue(full, out var why))
                {
                    notices.Add(new WorkspaceNotice(match.Path.Replace('\\', '/'), why));
                }
            }
        }

        return result;
    }

    private static string LinkNotice(FileSystemInfo entry)
    {
#if NET
        var target = entry.LinkTarget;
        return target == null || !(File.Exists(Path.Combine(Path.GetDirectoryName(entry.FullName) ?? string.Empty, target)) || Directory.Exists(Path.Combine(Path.GetDirectoryName(entry.FullName) ?? string.Empty, target)))
            ? "it is a link whose target does not exist"
            : $"it is a link (to {target}); links are not followed, so lint the file it points to instead";
#else
        return "it is a link; links are not followed";
#endif
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
