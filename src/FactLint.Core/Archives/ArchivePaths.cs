using System;
using System.Collections.Generic;

namespace FactLint.Archives;

/// <summary>
/// Resolves a source's <c>archive</c> (relative to the fact file that declares it) to a
/// workspace-relative path, refusing absolute paths and paths that climb out of the workspace —
/// purely on the text, before any file is touched.
/// </summary>
public static class ArchivePaths
{
    public static ArchiveStatus Resolve(string factFilePath, string archive, out string relative)
    {
        relative = string.Empty;
        var path = archive.Replace('\\', '/');
        if (path.StartsWith("/", StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0])) || path.Contains("://"))
        {
            return ArchiveStatus.Absolute;
        }

        var segments = new List<string>();
        var slash = factFilePath.LastIndexOf('/');
        if (slash > 0)
        {
            segments.AddRange(factFilePath.Substring(0, slash).Split('/'));
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return ArchiveStatus.OutsideWorkspace;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        if (segments.Count == 0)
        {
            return ArchiveStatus.NotAFile;
        }

        relative = string.Join("/", segments);
        return ArchiveStatus.Available;
    }

    /// <summary>Resolves and opens a source's archive: path checks first (nothing outside the workspace is touched), then the store.</summary>
    /// <param name="store">Null when the host cannot read files: the result is then <see cref="ArchiveStatus.Available"/> without a document.</param>
    public static ArchiveLookup Open(IArchiveStore? store, string factFilePath, string archive)
    {
        var status = Resolve(factFilePath, archive, out var relative);
        if (status != ArchiveStatus.Available || store == null)
        {
            return new ArchiveLookup(status, relative);
        }

        return store.Open(relative);
    }
}
