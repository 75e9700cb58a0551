using Microsoft.CodeAnalysis.Text;

namespace FactLint.Suppressions;

/// <summary>One rule id named by a suppression comment, with its span (so an unused one can be pointed at and removed alone).</summary>
public sealed record SuppressedRule(string Id, TextSpan Span);
