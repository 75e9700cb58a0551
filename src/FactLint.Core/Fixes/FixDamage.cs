using System;
using System.Collections.Generic;
using FactLint.Diagnostics;

namespace FactLint.Fixes;

/// <summary>
/// What a fix must never add: a structural finding (FL1xxx: the file no longer parses, breaks the
/// schema, duplicates an id, leaves a dangling reference, loses its version) or an error of any
/// rule. Findings are counted per file and rule, not by position or message, since a fix moves
/// the text after it.
/// </summary>
public sealed class FixDamage
{
    private readonly Dictionary<(string Path, string Id), int> _counts = new();

    public FixDamage(IEnumerable<Diagnostic> before)
    {
        foreach (var d in before)
        {
            if (Counts(d))
            {
                var key = (d.Location.Path, d.Id);
                _counts[key] = _counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }
    }

    /// <summary>A finding of <paramref name="after"/> beyond what the text had before, or null when the fixes did no damage.</summary>
    public Diagnostic? FirstNew(IEnumerable<Diagnostic> after)
    {
        var seen = new Dictionary<(string Path, string Id), int>();
        foreach (var d in after)
        {
            if (!Counts(d))
            {
                continue;
            }

            var key = (d.Location.Path, d.Id);
            var n = seen.TryGetValue(key, out var m) ? m + 1 : 1;
            seen[key] = n;
            if (n > (_counts.TryGetValue(key, out var allowed) ? allowed : 0))
            {
                return d;
            }
        }

        return null;
    }

    private static bool Counts(Diagnostic d) =>
        d.Severity == Severity.Error || d.Id.StartsWith("FL1", StringComparison.Ordinal) || d.Id == "FL0001";

    /// <summary>Why a fix was refused, for the person who asked for it.</summary>
    public static string Describe(Diagnostic damage)
    {
        var p = damage.Location.LineSpan.Start;
        return $"it would cause {damage.Id} at {damage.Location.Path}:{p.Line + 1}:{p.Character + 1} ({Shorten(damage.Message)})";
    }

    private static string Shorten(string message) => message.Length <= 160 ? message : message.Substring(0, 157) + "...";
}
