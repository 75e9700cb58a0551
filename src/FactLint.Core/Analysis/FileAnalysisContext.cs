using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analysis;

/// <summary>What a per-file rule sees: one document and the config. It reports; the driver applies severities and suppressions.</summary>
public sealed class FileAnalysisContext
{
    private readonly Rule _rule;
    private readonly List<Diagnostic> _sink;

    internal FileAnalysisContext(Rule rule, FactDocument document, FactLintConfig config, List<Diagnostic> sink)
    {
        _rule = rule;
        Document = document;
        Config = config;
        _sink = sink;
    }

    public FactDocument Document { get; }

    public FactLintConfig Config { get; }

    public void Report(TextSpan span, string message, ImmutableArray<RelatedLocation> related = default, ImmutableArray<CodeFix> fixes = default) =>
        _sink.Add(Diagnostic.Create(_rule.Descriptor, Location(span), message, related, fixes));

    public SourceLocation Location(TextSpan span) => new(Document.Path, Document.Text, span);
}
