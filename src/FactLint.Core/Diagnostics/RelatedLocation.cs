namespace FactLint.Diagnostics;

/// <summary>Another place that takes part in a finding (the first definition of a duplicate id, the other claims of a conflict).</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);
