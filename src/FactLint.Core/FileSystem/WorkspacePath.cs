using System;
using System.IO;

namespace FactLint.FileSystem;

/// <summary>What following the links on a path inside the workspace found.</summary>
public enum LinkProblem
{
    None,

    /// <summary>A link on the path points at nothing.</summary>
    Dangling,

    /// <summary>A link on the path (the file's own, or a folder's above it) leads out of the workspace.</summary>
    Outside,
}

/// <summary>A workspace path with every link on it followed: where it really is, or which link stopped it.</summary>
public readonly record struct ResolvedPath(string Path, LinkProblem Problem, string? Link, string? Target);

/// <summary>
/// Follows the links on a path below a workspace root one segment at a time — folders as well as
/// the file itself — so that 'schemas/outside/passwd', where 'outside' links to /etc, is known to
/// lie outside the workspace although its spelling is inside. The one place this is decided, for
/// the bounded reader and the archive store alike.
/// </summary>
public static class WorkspacePath
{
    /// <param name="root">The workspace root (absolute).</param>
    /// <param name="relative">A path below it, with '/' or the platform's separator.</param>
    public static ResolvedPath Resolve(string root, string relative)
    {
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        string? realRoot = null;
        var current = rootFull;
        foreach (var segment in relative.Split('/', Path.DirectorySeparatorChar))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            var next = Path.Combine(current, segment);
            var target = LinkTarget(next, out var isLink);
            if (isLink)
            {
                if (target == null)
                {
                    return new ResolvedPath(next, LinkProblem.Dangling, segment, null);
                }

                realRoot ??= LinkTarget(rootFull, out var rootIsLink) is string r && rootIsLink ? r : rootFull;
                if (!IsUnder(target, rootFull) && !IsUnder(target, realRoot))
                {
                    return new ResolvedPath(next, LinkProblem.Outside, segment, target);
                }

                next = target;
            }

            current = next;
        }

        return new ResolvedPath(current, LinkProblem.None, null, null);
    }

    public static bool IsUnder(string path, string root) =>
        path.Equals(root, StringComparison.Ordinal) || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The final target of <paramref name="path"/> when it is a link (null when that target is missing); the path itself otherwise.</summary>
    private static string? LinkTarget(string path, out bool isLink)
    {
        isLink = false;
#if NET
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget == null)
        {
            return path;
        }

        isLink = true;
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target != null && target.Exists ? Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar) : null;
#else
        // Without link APIs a link cannot be followed safely: a link counts as leading outside.
        if ((File.Exists(path) || Directory.Exists(path)) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0)
        {
            isLink = true;
            return "<link>";
        }

        return path;
#endif
    }
}
