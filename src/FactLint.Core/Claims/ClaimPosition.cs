using System;
using System.Collections.Generic;

namespace FactLint.Claims;

/// <summary>One position of a claim group: the claims that agree with one another, and how a message names them.</summary>
public sealed class ClaimPosition
{
    private const int Shown = 2;

    // A claim belongs to one position only (ClaimPositions), so a list holds them: FL3001 builds
    // one position per value of 10,000 groups on the benchmark corpus, and a set each was garbage.
    private readonly List<ClaimEntry> _entries = new();

    /// <summary>The claims of this position, in the order they were added.</summary>
    public IReadOnlyList<ClaimEntry> Entries => _entries;

    public int FirstOrder { get; private set; } = int.MaxValue;

    public void Add(ClaimEntry e)
    {
        _entries.Add(e);
        FirstOrder = Math.Min(FirstOrder, e.Order);
    }

    public bool Contains(ClaimEntry e) => _entries.Contains(e);

    /// <summary>"24 km = 15 miles (bne IntelliNews, 2025-02; Asia-Plus +1)": the ways it is written and who gives it, in corpus order.</summary>
    public string Describe()
    {
        var inOrder = _entries.ToArray();
        Array.Sort(inOrder, static (a, b) => a.Order.CompareTo(b.Order));
        var written = Summary(inOrder, static e => e.Display, " = ", static hidden => $" = \u2026 (+{hidden})");
        var who = Summary(inOrder, static e => e.SourceLabel, "; ", static hidden => $" +{hidden}");
        return $"{written} ({who})";
    }

    /// <summary>The first <see cref="Shown"/> distinct parts joined, and how many more distinct ones there are.</summary>
    private static string Summary(ClaimEntry[] inOrder, Func<ClaimEntry, string> part, string separator, Func<int, string> more)
    {
        string? first = null, second = null;
        var distinct = 0;
        HashSet<string>? seen = null;
        foreach (var e in inOrder)
        {
            var p = part(e);
            bool isNew;
            if (distinct <= Shown && seen == null)
            {
                isNew = !string.Equals(p, first, StringComparison.Ordinal) && !string.Equals(p, second, StringComparison.Ordinal);
                if (isNew && distinct == Shown)
                {
                    // A third distinct part: only the count matters from here on.
                    seen = new HashSet<string>(StringComparer.Ordinal) { first!, second!, p };
                }
            }
            else
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal) { first!, second! };
                isNew = seen.Add(p);
            }

            if (!isNew)
            {
                continue;
            }

            if (distinct == 0)
            {
                first = p;
            }
            else if (distinct == 1)
            {
                second = p;
            }

            distinct++;
        }

        var shown = distinct switch { 0 => string.Empty, 1 => first!, _ => first + separator + second };
        return distinct > Shown ? shown + more(distinct - Shown) : shown;
    }
}
