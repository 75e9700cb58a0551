using System.Collections.Generic;
using FactLint.Analysis.Incremental;
using FactLint.Corpus;

namespace FactLint.Analysis;

/// <summary>The documents and options of a session at one generation: documents are immutable, so a corpus pass can run on it anywhere.</summary>
/// <param name="State">What the session's earlier passes left for this one; null for a one-off pass.</param>
public sealed record CorpusSnapshot(IReadOnlyList<FactDocument> Documents, AnalysisOptions Options, long Generation)
{
    internal CorpusPassState? State { get; init; }
}
