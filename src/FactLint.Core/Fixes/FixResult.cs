using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// What <see cref="FixLoop"/> did: the fixes applied, each changed file's text before and after,
/// and whether the rounds ran out before the corpus stopped changing.
/// </summary>
public sealed record FixResult(IReadOnlyList<AppliedFix> Applied, IReadOnlyDictionary<string, ChangedText> Changed, int Rounds, bool Converged);

/// <summary>A file's text as it was read and as the fixes left it.</summary>
public sealed record ChangedText(SourceText Before, SourceText After);
