using System.Collections.Generic;
using FactLint.Corpus;

namespace FactLint.Analysis;

/// <summary>The documents and options of a session at one generation: documents are immutable, so a corpus pass can run on it anywhere.</summary>
public sealed record CorpusSnapshot(IReadOnlyList<FactDocument> Documents, AnalysisOptions Options, long Generation);
