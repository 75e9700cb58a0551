namespace FactLint.Archives;

/// <summary>
/// Reads archived sources for the quote checks. Paths reaching the store are already normalised
/// and inside the workspace (see <see cref="ArchivePaths"/>); the store checks what only the file
/// system knows (links, existence, content). The CLI reads from disk, the editor also from open
/// buffers, tests from memory.
/// </summary>
public interface IArchiveStore
{
    /// <param name="relativePath">Workspace-relative, forward slashes, no "." or ".." segments.</param>
    ArchiveLookup Open(string relativePath);
}
