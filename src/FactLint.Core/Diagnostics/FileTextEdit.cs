using Microsoft.CodeAnalysis.Text;

namespace FactLint.Diagnostics;

/// <summary>A minimal text edit in one file of the corpus (path relative to the workspace root).</summary>
public sealed record FileTextEdit(string Path, TextSpan Span, string NewText);
