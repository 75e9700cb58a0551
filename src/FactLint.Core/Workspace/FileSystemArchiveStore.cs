using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using FactLint.Archives;
using FactLint.FileSystem;
using FactLint.Syntax;

namespace FactLint.Workspace;

/// <summary>
/// Archives read from disk below a workspace root. A symbolic link anywhere on the path is
/// followed only when its target stays inside the workspace. Lookups are cached until
/// <see cref="Invalidate"/> (the editor calls it when a watched file changes).
/// </summary>
public sealed class FileSystemArchiveStore : IArchiveStore
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, ArchiveLookup> _cache = new(StringComparer.Ordinal);

    public FileSystemArchiveStore(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
    }

    public ArchiveLookup Open(string relativePath) => _cache.GetOrAdd(relativePath, Read);

    public void Invalidate(string relativePath) => _cache.TryRemove(relativePath, out _);

    /// <summary>Every archive path looked up since the last <see cref="Clear"/> (what a run's findings read outside the fact files).</summary>
    public IReadOnlyCollection<string> Opened => (IReadOnlyCollection<string>)_cache.Keys;

    public void Clear() => _cache.Clear();

    private ArchiveLookup Read(string relative)
    {
        try
        {
            var resolved = WorkspacePath.Resolve(_root, relative);
            switch (resolved.Problem)
            {
                case LinkProblem.Dangling:
                    return new ArchiveLookup(ArchiveStatus.Missing, relative, Detail: $"'{resolved.Link}' is a link whose target does not exist");
                case LinkProblem.Outside:
                    return new ArchiveLookup(ArchiveStatus.LinkOutside, relative, Detail: $"'{resolved.Link}' is a link to {resolved.Target}, outside the workspace");
            }

            var current = resolved.Path;
            if (Directory.Exists(current))
            {
                return new ArchiveLookup(ArchiveStatus.NotAFile, relative, Detail: "it is a folder");
            }

            if (!File.Exists(current))
            {
                return new ArchiveLookup(ArchiveStatus.Missing, relative);
            }

            var length = new FileInfo(current).Length;
            if (length > ParseLimits.Default.MaxFileBytes)
            {
                return new ArchiveLookup(ArchiveStatus.NotText, relative, Detail: $"it is {length / (1024 * 1024)} MB, over the {ParseLimits.Default.MaxFileBytes / (1024 * 1024)} MB limit");
            }

            // Through the bounded reader: a pipe or a device named like an archive is refused, never waited on.
            var probe = BoundedFileReader.Read(current, ParseLimits.Default.MaxFileBytes, _root, prefixOnly: 8192);
            if (probe.Bytes == null)
            {
                return new ArchiveLookup(ArchiveStatus.Unreadable, relative, Detail: probe.Problem ?? "it no longer exists");
            }

            if (LooksBinary(probe.Bytes))
            {
                return new ArchiveLookup(ArchiveStatus.NotText, relative, Detail: "it is not a text file");
            }

            // The content is read when a quote check needs it, not now: FL2002 only needs to know it is there.
            var file = current;
            return new ArchiveLookup(ArchiveStatus.Available, relative, new ArchiveDocument(relative, () => ReadArchiveText(file)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new ArchiveLookup(ArchiveStatus.Unreadable, relative, Detail: ex.Message);
        }
    }

    private string ReadArchiveText(string file)
    {
        var content = BoundedFileReader.Read(file, ParseLimits.Default.MaxFileBytes, _root);
        if (content.Bytes == null)
        {
            throw new IOException(content.Problem ?? "it no longer exists");
        }

        return new System.Text.UTF8Encoding(false).GetString(content.Bytes).TrimStart('\uFEFF');
    }

    /// <summary>A NUL byte in the first 8 KB: the same test the fact-file reader uses.</summary>
    private static bool LooksBinary(byte[] buffer)
    {
        var n = Math.Min(buffer.Length, 8192);
        var start = n >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)) ? n : 0; // UTF-16 has NULs by design
        return Array.IndexOf(buffer, (byte)0, start, n - start) >= 0;
    }
}
