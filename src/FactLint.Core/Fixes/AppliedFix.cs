using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>A fix that <see cref="FixLoop"/> applied: which rule, where the finding was (in the text of its round), and the fix's title.</summary>
public sealed record AppliedFix(string Path, string RuleId, LinePosition Position, string Title, int Round);
