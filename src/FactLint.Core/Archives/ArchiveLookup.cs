namespace FactLint.Archives;

/// <summary>The result of opening an archive: the document when available, else the status and a reader-facing reason.</summary>
public sealed record ArchiveLookup(ArchiveStatus Status, string Path, ArchiveDocument? Document = null, string? Detail = null)
{
    public bool IsAvailable => Status == ArchiveStatus.Available && Document != null;
}
