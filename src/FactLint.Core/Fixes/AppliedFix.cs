using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// A fix that <see cref="FixLoop"/> applied: which rule, where the finding was (in the text of its
/// round), the fix's title, and the files it edited (a finding in one file may be fixed in another:
/// an alias added to the entity's file).
/// </summary>
public sealed record AppliedFix(string Path, string RuleId, LinePosition Position, string Title, int Round, IReadOnlyList<string> EditedPaths);
