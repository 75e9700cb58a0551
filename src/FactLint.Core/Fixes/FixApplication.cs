using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>What <see cref="FixApplier.Apply"/> did: each changed file's new text, the fixes applied, and those left for a later round with why.</summary>
public sealed record FixApplication(IReadOnlyDictionary<string, SourceText> Texts, IReadOnlyList<CodeFix> Applied, IReadOnlyList<(CodeFix Fix, string Reason)> Deferred);
