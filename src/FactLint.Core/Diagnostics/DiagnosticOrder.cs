using System;
using System.Collections.Generic;

namespace FactLint.Diagnostics;

/// <summary>The one order every host prints in: file, position, rule id, message, related places. Deterministic whatever the thread schedule.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static DiagnosticOrder Instance { get; } = new();

    /// <summary>Whether the findings are in this order already (each no later than the next).</summary>
    public static bool IsOrdered(IReadOnlyList<Diagnostic> diagnostics)
    {
        for (var i = 1; i < diagnostics.Count; i++)
        {
            if (Instance.Compare(diagnostics[i - 1], diagnostics[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c != 0)
        {
            return c;
        }

        c = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (c != 0)
        {
            return c;
        }

        c = x.Location.Span.End.CompareTo(y.Location.Span.End);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Message, y.Message);
        return c != 0 ? c : CompareRelated(x, y);
    }

    /// <summary>Two findings alike in place and words (a duplicate entity named in two copied files) still differ in where else they point.</summary>
    private static int CompareRelated(Diagnostic x, Diagnostic y)
    {
        for (var i = 0; i < Math.Min(x.Related.Length, y.Related.Length); i++)
        {
            var a = x.Related[i].Location;
            var b = y.Related[i].Location;
            var c = string.CompareOrdinal(a.Path, b.Path);
            if (c == 0)
            {
                c = a.Span.Start.CompareTo(b.Span.Start);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(x.Related[i].Message, y.Related[i].Message);
            }

            if (c != 0)
            {
                return c;
            }
        }

        return x.Related.Length.CompareTo(y.Related.Length);
    }
}
