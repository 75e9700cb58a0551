namespace FactLint.Names;

/// <summary>One row of a pairs file: two names, whether they are the same (when labelled), and an optional group to break scores down by.</summary>
public sealed record NamePair(int Line, string A, string B, bool? Same, string? Group);
