using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analyzers.Tests.Support;

/// <summary>An additional file as the compiler would pass it; <c>text: null</c> is a file the compiler could not read, <c>throws</c> one whose reading fails.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;
    private readonly Exception? _throws;

    public InMemoryAdditionalText(string path, string? text, Exception? throws = null)
    {
        Path = path;
        _text = text == null ? null : SourceText.From(text);
        _throws = throws;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _throws != null ? throw _throws : _text;
}
