using System.Collections.Generic;

namespace FactLint.Quotes;

/// <summary>The changes between a quote and a passage, and the stretch of the passage the quote corresponds to (offsets in the passage).</summary>
public sealed record WordDiffResult(IReadOnlyList<WordChange> Changes, int ArchiveStart, int ArchiveEnd);
