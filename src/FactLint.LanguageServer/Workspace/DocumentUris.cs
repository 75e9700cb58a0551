using System;
using System.IO;

namespace FactLint.LanguageServer.Workspace;

/// <summary>Conversions between LSP document URIs and file-system paths.</summary>
public static class DocumentUris
{
    /// <summary>The local path of a <c>file:</c> URI (percent-decoded, dot segments resolved); null for other schemes or malformed URIs.</summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception ex) when (ex is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return null;
        }
    }

    public static string FromPath(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>True when <paramref name="fullPath"/> is <paramref name="root"/> or inside it.</summary>
    public static bool IsUnder(string fullPath, string root)
    {
        var r = root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(r, StringComparison.Ordinal) || string.Equals(fullPath.TrimEnd(Path.DirectorySeparatorChar), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
    }
}
