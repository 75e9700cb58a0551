using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>A file's text as it was read and as the fixes left it.</summary>
public sealed record ChangedText(SourceText Before, SourceText After);
