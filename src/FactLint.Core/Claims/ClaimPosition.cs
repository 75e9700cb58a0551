using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Claims;

/// <summary>One position of a claim group: the claims that agree with one another, and how a message names them.</summary>
public sealed class ClaimPosition
{
    private const int Shown = 2;

    public HashSet<ClaimEntry> Entries { get; } = new();

    public int FirstOrder { get; private set; } = int.MaxValue;

    public void Add(ClaimEntry e)
    {
        Entries.Add(e);
        FirstOrder = Math.Min(FirstOrder, e.Order);
    }

    /// <summary>"24 km = 15 miles (bne IntelliNews, 2025-02; Asia-Plus +1)": the ways it is written and who gives it, in corpus order.</summary>
    public string Describe()
    {
        var inOrder = Entries.OrderBy(e => e.Order).ToList();
        var displays = inOrder.Select(e => e.Display).Distinct(StringComparer.Ordinal).ToList();
        var labels = inOrder.Select(e => e.SourceLabel).Distinct(StringComparer.Ordinal).ToList();
        var written = string.Join(" = ", displays.Take(Shown)) + (displays.Count > Shown ? $" = \u2026 (+{displays.Count - Shown})" : string.Empty);
        var who = string.Join("; ", labels.Take(Shown)) + (labels.Count > Shown ? $" +{labels.Count - Shown}" : string.Empty);
        return $"{written} ({who})";
    }
}
