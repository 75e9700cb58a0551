using FactLint.Archives;
using FactLint.Config;

namespace FactLint.Analysis;

/// <summary>What a run needs besides the corpus: the workspace config and the rules to run.</summary>
public sealed class AnalysisOptions
{
    public FactLintConfig Config { get; init; } = FactLintConfig.Default;

    public RuleCatalog Rules { get; init; } = RuleCatalog.Default;

    /// <summary>Where archived sources are read from; null when the host cannot read files (quotes are then not checked against archives).</summary>
    public IArchiveStore? Archives { get; init; }

    /// <summary>Per-file results of earlier runs (the CLI's <c>.factlint-cache</c>); null to check every file.</summary>
    public IFileResultCache? FileResults { get; init; }

    /// <summary>Quote searches of earlier runs, by archive content and quote (the CLI's <c>.factlint-cache</c>); null to search every quote.</summary>
    public FactLint.Quotes.IQuoteSearchCache? QuoteSearches { get; init; }

    /// <summary>Run per-file rules on several files at once (off inside hosts that parallelise themselves).</summary>
    public bool Parallel { get; init; } = true;
}
