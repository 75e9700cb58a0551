using System.Collections.Generic;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Analysis;

/// <summary>
/// Remembers what the per-file rules found in a file, so that an unchanged file is not checked
/// again. Per-file rules see only their file and the config, so a file's findings are a function
/// of its text, the config and the tool: a cache keyed by those is exact. Corpus rules always run.
/// Called from several threads.
/// </summary>
public interface IFileResultCache
{
    /// <summary>The per-file rules' findings (before suppressions and severities) for this exact text, if known.</summary>
    bool TryGet(FactDocument document, out IReadOnlyList<Diagnostic> diagnostics);

    void Store(FactDocument document, IReadOnlyList<Diagnostic> diagnostics);
}
