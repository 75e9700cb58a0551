using System.Collections.Generic;
using System.Collections.Immutable;
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

    internal CorpusAnalysisContext(Rule rule, FactCorpus corpus, IReadOnlyList<FactDocument> documents, FactLintConfig config, List<Diagnostic> sink)
    {
        _rule = rule;
        Corpus = corpus;
        Documents = documents;
        Config = config;
        _sink = sink;
    }

    public FactCorpus Corpus { get; }

    /// <summary>The documents in path order.</summary>
    public IReadOnlyList<FactDocument> Documents { get; }

    public CorpusIndex Index => Corpus.Index;

    public FactLintConfig Config { get; }

    public void Report(FactDocument document, TextSpan span, string message, ImmutableArray<RelatedLocation> related = default, ImmutableArray<CodeFix> fixes = default) =>
        _sink.Add(Diagnostic.Create(_rule.Descriptor, new SourceLocation(document.Path, document.Text, span), message, related, fixes));

    public SourceLocation Location(string path, TextSpan span)
    {
        var doc = Corpus[path];
        return new SourceLocation(path, doc?.Text ?? SourceText.From(string.Empty), span);
    }
}
