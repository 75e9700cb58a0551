using System;
using FactLint.Quotes;

namespace FactLint.Archives;

/// <summary>The text of an archived source, folded once (lazily, thread-safely) for every quote that cites it.</summary>
public sealed class ArchiveDocument
{
    private readonly Lazy<FoldedText> _folded;

    public ArchiveDocument(string path, string text)
    {
        Path = path;
        Text = text;
        _folded = new Lazy<FoldedText>(() => FoldedText.Fold(text), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Workspace-relative path with forward slashes.</summary>
    public string Path { get; }

    public string Text { get; }

    public FoldedText Folded => _folded.Value;
}
