using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Corpus;

/// <summary>
/// All fact files of a workspace and the index over them. Documents are added, replaced and
/// removed one at a time (the language server's edits), and the index follows incrementally.
/// </summary>
public sealed class FactCorpus
{
    private readonly Dictionary<string, FactDocument> _documents = new(StringComparer.Ordinal);
    private IReadOnlyList<FactDocument>? _ordered;

    public FactCorpus()
    {
    }

    public FactCorpus(IEnumerable<FactDocument> documents)
    {
        foreach (var d in documents)
        {
            SetDocument(d);
        }
    }

    public CorpusIndex Index { get; } = new();

    public int Count => _documents.Count;

    /// <summary>Documents in path order, so that every consumer sees the same deterministic order.</summary>
    public IReadOnlyList<FactDocument> Documents => _ordered ??= _documents.Values.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();

    public FactDocument? this[string path] => _documents.TryGetValue(path, out var d) ? d : null;

    /// <summary>Adds or replaces a document; the index changes by that one file.</summary>
    public void SetDocument(FactDocument document)
    {
        if (_documents.TryGetValue(document.Path, out var old))
        {
            Index.Remove(old.Model);
        }

        _documents[document.Path] = document;
        _ordered = null;
        Index.Add(document.Model);
    }

    public bool RemoveDocument(string path)
    {
        if (!_documents.TryGetValue(path, out var old))
        {
            return false;
        }

        Index.Remove(old.Model);
        _documents.Remove(path);
        _ordered = null;
        return true;
    }
}
