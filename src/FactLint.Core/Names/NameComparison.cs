using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>The decision on two names, with what it rests on, so that a person can check it.</summary>
public sealed record NameComparison(ParsedName A, ParsedName B, bool Same, double Score, IReadOnlyList<TokenMatch> Matches, string Reason);
