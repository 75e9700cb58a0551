namespace FactLint.Archives;

/// <summary>Why an archived copy of a source can or cannot be read.</summary>
public enum ArchiveStatus
{
    Available,

    /// <summary>An absolute path: it would tie the corpus to one machine, and could read any file.</summary>
    Absolute,

    /// <summary>The path climbs out of the workspace with "..".</summary>
    OutsideWorkspace,

    /// <summary>A symbolic link on the way leads out of the workspace.</summary>
    LinkOutside,

    Missing,

    /// <summary>The path names a folder or a device, not a file.</summary>
    NotAFile,

    Unreadable,

    /// <summary>The file is over the size limit or is binary: quotes cannot be checked in it.</summary>
    NotText,
}
