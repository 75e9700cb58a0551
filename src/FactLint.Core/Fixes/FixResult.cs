using System.Collections.Generic;

namespace FactLint.Fixes;

/// <summary>
/// What <see cref="FixLoop"/> did: the fixes applied, those refused and why, each changed file's
/// text before and after, and whether the rounds ran out before the corpus stopped changing.
/// </summary>
public sealed record FixResult(IReadOnlyList<AppliedFix> Applied, IReadOnlyList<SkippedFix> Skipped, IReadOnlyDictionary<string, ChangedText> Changed, int Rounds, bool Converged);
