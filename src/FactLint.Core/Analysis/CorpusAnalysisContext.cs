using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Archives;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analysis;

/// <summary>What a corpus rule sees: every document, the index, the config.</summary>
public sealed class CorpusAnalysisContext
{
    private readonly Rule _rule;
    private readonly List<Diagnostic> _sink;

    private readonly Dictionary<Type, object> _shared;

    internal CorpusAnalysisContext(Rule rule, FactCorpus corpus, IReadOnlyList<FactDocument> documents, FactLintConfig config, IArchiveStore? archives, Dictionary<Type, object> shared, List<Diagnostic> sink, System.Threading.CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
        Archives = archives;
        _shared = shared;
        _rule = rule;
        Corpus = corpus;
        Documents = documents;
        Config = config;
        _sink = sink;
    }

    public FactCorpus Corpus { get; }

    /// <summary>Set when the host no longer wants this run (the editor's text changed again); long rules check it between files.</summary>
    public System.Threading.CancellationToken CancellationToken { get; }

    /// <summary>Whether a rule may use several threads (the host's choice: the language server and the compiler parallelise themselves).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Options for a rule's own parallel loop: the host's threading and cancellation.</summary>
    public System.Threading.Tasks.ParallelOptions ParallelOptions => new() { CancellationToken = CancellationToken, MaxDegreeOfParallelism = Parallel ? -1 : 1 };

    /// <summary>The documents in path order.</summary>
    public IReadOnlyList<FactDocument> Documents { get; }

    public CorpusIndex Index => Corpus.Index;

    public FactLintConfig Config { get; }

    /// <summary>Archived sources; null when the host cannot read them.</summary>
    public IArchiveStore? Archives { get; }

    /// <summary>
    /// A model built once per run and shared by every corpus rule that needs it (the claim groups
    /// serve four rules); built by the first rule that asks.
    /// </summary>
    public T Shared<T>(Func<CorpusAnalysisContext, T> create)
        where T : class
    {
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = create(this);
            _shared[typeof(T)] = value;
        }

        return (T)value;
    }

    public void Report(FactDocument document, TextSpan span, string message, ImmutableArray<RelatedLocation> related = default, ImmutableArray<CodeFix> fixes = default) =>
        _sink.Add(Diagnostic.Create(_rule.Descriptor, new SourceLocation(document.Path, document.Text, span), message, related, fixes));

    public SourceLocation Location(string path, TextSpan span)
    {
        var doc = Corpus[path];
        return new SourceLocation(path, doc?.Text ?? SourceText.From(string.Empty), span);
    }
}
