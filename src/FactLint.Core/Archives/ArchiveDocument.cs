using System;

namespace FactLint.Archives;

/// <summary>
/// An archived source that exists and is text. Its content is read when asked for, and not kept:
/// a corpus may archive hundreds of megabytes, and the quote check needs each archive only while
/// its quotes are searched.
/// </summary>
public sealed class ArchiveDocument
{
    private readonly Func<string> _read;

    public ArchiveDocument(string path, Func<string> read)
    {
        Path = path;
        _read = read;
    }

    public ArchiveDocument(string path, string text)
        : this(path, () => text)
    {
    }

    /// <summary>Workspace-relative path with forward slashes.</summary>
    public string Path { get; }

    /// <summary>Reads the text (from disk, for the file-system store); throws an I/O exception when that fails.</summary>
    public string ReadText() => _read();
}
