namespace FactLint.Syntax;

/// <summary>
/// Bounds that keep hostile input (alias bombs, absurd nesting, huge files) from costing
/// unbounded time or memory. Fact files need a few levels of nesting and no aliases at all,
/// so the defaults sit far above any real file and far below what would hurt.
/// </summary>
public sealed class ParseLimits
{
    public static ParseLimits Default { get; } = new();

    /// <summary>Files larger than this are reported, not parsed.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Deeper nesting than this stops the parse with a diagnostic.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>How many nodes the document may stand for once every alias is expanded.</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;
}
