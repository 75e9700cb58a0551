using System;
using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>The decision on two names, with what it rests on, so that a person can check it.</summary>
public sealed record NameComparison(ParsedName A, ParsedName B, bool Same, double Score, IReadOnlyList<TokenMatch> Matches)
{
    private string? _reason;
    private readonly Func<string>? _explain;

    public NameComparison(ParsedName a, ParsedName b, bool same, double score, IReadOnlyList<TokenMatch> matches, string reason)
        : this(a, b, same, score, matches)
    {
        _reason = reason;
    }

    /// <param name="explain">Builds the reason when someone asks: clustering a corpus decides hundreds of thousands of pairs and reads none of them.</param>
    public NameComparison(ParsedName a, ParsedName b, bool same, double score, IReadOnlyList<TokenMatch> matches, Func<string> explain)
        : this(a, b, same, score, matches)
    {
        _explain = explain;
    }

    /// <summary>Why: which elements correspond or which has no match.</summary>
    public string Reason
    {
        get => _reason ??= _explain?.Invoke() ?? string.Empty;
        init => _reason = value;
    }
}
