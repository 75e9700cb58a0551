namespace FactLint.Names;

/// <summary>One line of a newsroom's transliteration style guide: <c>Spelling</c> is written for the same sound as <c>SameAs</c> (e.g. "dj" for "j").</summary>
public sealed record NameEquivalence(string Spelling, string SameAs);
