using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// What <see cref="FixLoop"/> did: the fixes applied, the new text of each changed file, and
/// whether the rounds ran out before the corpus stopped changing.
/// </summary>
public sealed record FixResult(IReadOnlyList<AppliedFix> Applied, IReadOnlyDictionary<string, SourceText> ChangedTexts, int Rounds, bool Converged);
