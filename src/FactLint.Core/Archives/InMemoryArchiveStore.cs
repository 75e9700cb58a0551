using System;
using System.Collections.Generic;

namespace FactLint.Archives;

/// <summary>Archives held in memory (tests, and hosts that already have the text).</summary>
public sealed class InMemoryArchiveStore : IArchiveStore
{
    private readonly Dictionary<string, ArchiveDocument> _documents = new(StringComparer.Ordinal);

    public InMemoryArchiveStore(IEnumerable<KeyValuePair<string, string>>? archives = null)
    {
        if (archives != null)
        {
            foreach (var pair in archives)
            {
                Set(pair.Key, pair.Value);
            }
        }
    }

    public void Set(string relativePath, string text) => _documents[relativePath] = new ArchiveDocument(relativePath, text);

    public bool Remove(string relativePath) => _documents.Remove(relativePath);

    public ArchiveLookup Open(string relativePath) =>
        _documents.TryGetValue(relativePath, out var doc)
            ? new ArchiveLookup(ArchiveStatus.Available, relativePath, doc)
            : new ArchiveLookup(ArchiveStatus.Missing, relativePath);
}
