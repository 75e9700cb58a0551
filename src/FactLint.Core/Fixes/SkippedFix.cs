using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>A fix that was not applied, and why (it would have damaged a file, or it edits a file outside the run).</summary>
public sealed record SkippedFix(string Path, string RuleId, LinePosition Position, string Title, string Reason);
