using System;

namespace FactLint.Analyzers.Inputs;

/// <summary>
/// Paths as the compiler hands them over (absolute, with the host's separators) turned into the
/// forward-slash form the engine uses. Pure string work: code inside the compiler may not touch
/// the file system.
/// </summary>
internal static class BuildPaths
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary>The folder of a normalised path, with a trailing slash ("/a/b/" for "/a/b/c.yaml").</summary>
    public static string DirectoryOf(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalizedPath.Substring(0, slash + 1);
    }

    public static string FileName(string normalizedPath) => normalizedPath.Substring(normalizedPath.LastIndexOf('/') + 1);

    /// <summary>A folder path with exactly one trailing slash.</summary>
    public static string AsDirectory(string path)
    {
        var normalized = Normalize(path);
        return normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
    }

    public static bool IsUnder(string directory, string normalizedPath) =>
        normalizedPath.StartsWith(directory, PathComparison);

    /// <summary>The longest folder that holds both (slash-terminated folders in, slash-terminated folder out).</summary>
    public static string CommonDirectory(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var lastSlash = -1;
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i] && !(IgnoreCase && char.ToUpperInvariant(a[i]) == char.ToUpperInvariant(b[i])))
            {
                break;
            }

            if (a[i] == '/')
            {
                lastSlash = i;
            }
        }

        return lastSlash < 0 ? string.Empty : a.Substring(0, lastSlash + 1);
    }

    /// <summary>Windows paths compare without case (MSBuild may spell a drive letter or folder either way); elsewhere they compare exactly.</summary>
    public static StringComparison PathComparison => IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static StringComparer PathComparer => IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static bool IgnoreCase => System.IO.Path.DirectorySeparatorChar == '\\';
}
