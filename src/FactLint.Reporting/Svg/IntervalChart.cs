using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Reporting.Html;
using FactLint.Reporting.Views;

namespace FactLint.Reporting.Svg;

/// <summary>
/// A group's claims as intervals on one axis in one unit: a dot for an exact figure, a bar for a
/// range, a bar to the edge with an arrow for "at least"/"at most" (open ends), a light bar round a
/// dot for "about". Claims that agree share a colour and sit together; a gap separates each set,
/// and the outlier FL3001 names is drawn in the alarm colour and labelled.
/// </summary>
internal static class IntervalChart
{
    private const int Width = 720;
    private const int LabelWidth = 250;
    private const int RowHeight = 22;
    private const int Gap = 10;
    private const int Top = 26;

    /// <summary>Rows drawn per chart: a group of 20,000 claims is drawn as each set of agreeing claims, a few rows each, and a count of the rest.</summary>
    private const int MaxRows = 60;

    public static void Write(TextWriter w, GroupView group, string id)
    {
        var all = group.Rows.Where(r => r.Drawn).ToList();
        if (all.Count == 0)
        {
            return;
        }

        // Every set keeps a row (the outlier always), the rest of each set is counted.
        var sets = all.GroupBy(r => r.Position).ToList();
        var perSet = Math.Max(1, MaxRows / sets.Count);
        var rows = new List<ClaimRow>();
        var hidden = new Dictionary<int, int>();
        foreach (var set in sets)
        {
            var shown = set.Where(r => r.IsOutlier).Concat(set.Where(r => !r.IsOutlier)).Take(perSet).ToList();
            rows.AddRange(set.Where(shown.Contains));
            hidden[set.Key] = set.Count() - shown.Count;
        }

        var axis = new Axis(rows.SelectMany(r => new[] { r.Low, r.High }), LabelWidth + 12, Width - 70, group.Axis == "date");
        var gaps = sets.Count - 1;
        var height = Top + ((rows.Count + hidden.Values.Count(n => n > 0)) * RowHeight) + (gaps * Gap) + 8;
        var unit = group.Unit.Length > 0 ? $" ({group.Unit})" : string.Empty;
        SvgFrame.Open(w, "chart", id, Width, height, $"{group.Title}: {all.Count} claims on one axis{unit}, {group.Positions} {(group.Positions == 1 ? "position" : "positions")}");
        foreach (var (x, label) in axis.Ticks())
        {
            w.Write($"<line class=\"tick\" x1=\"{Axis.F(x)}\" x2=\"{Axis.F(x)}\" y1=\"{Top - 6}\" y2=\"{height - 4}\"/><text class=\"tick-label\" x=\"{Axis.F(x)}\" y=\"{Top - 10}\" text-anchor=\"middle\">{Html.Html.Text(label)}</text>");
        }

        var y = Top;
        var previous = rows[0].Position;
        foreach (var r in rows)
        {
            if (r.Position != previous)
            {
                y = More(w, hidden[previous], y);
                y += Gap;
                previous = r.Position;
            }

            var classes = $"row p{r.Position % 6}{(r.IsOutlier ? " outlier" : string.Empty)}{(r.Rank == "preferred" ? " preferred" : string.Empty)}";
            var mid = y + (RowHeight / 2);
            w.Write($"<g class=\"{classes}\"><title>{Html.Html.Text($"{r.Display} \u2014 {r.SourceLabel}{(r.IsOutlier ? " (the outlier)" : string.Empty)}")}</title>");
            var label = (r.Rank == "preferred" ? "\u2605 " : string.Empty) + Html.Html.Short(r.SourceLabel, 38);
            w.Write($"<text class=\"label\" x=\"{LabelWidth}\" y=\"{mid + 4}\" text-anchor=\"end\">{Html.Html.Text(label)}</text>");
            var x0 = axis.X(r.Low);
            var x1 = axis.X(r.High);
            if (r.Low == r.High)
            {
                w.Write($"<circle class=\"mark\" cx=\"{Axis.F(x0)}\" cy=\"{mid}\" r=\"5\"/>");
            }
            else
            {
                w.Write($"<line class=\"bar{(r.Form == "about" ? " approx" : string.Empty)}\" x1=\"{Axis.F(x0)}\" x2=\"{Axis.F(x1)}\" y1=\"{mid}\" y2=\"{mid}\"/>");
                if (double.IsNegativeInfinity(r.Low))
                {
                    w.Write($"<path class=\"mark\" d=\"M{Axis.F(x0)} {mid} l8 -5 v10 z\"/>");
                }
                else
                {
                    w.Write($"<line class=\"cap\" x1=\"{Axis.F(x0)}\" x2=\"{Axis.F(x0)}\" y1=\"{mid - 6}\" y2=\"{mid + 6}\"/>");
                }

                if (double.IsPositiveInfinity(r.High))
                {
                    w.Write($"<path class=\"mark\" d=\"M{Axis.F(x1)} {mid} l-8 -5 v10 z\"/>");
                }
                else
                {
                    w.Write($"<line class=\"cap\" x1=\"{Axis.F(x1)}\" x2=\"{Axis.F(x1)}\" y1=\"{mid - 6}\" y2=\"{mid + 6}\"/>");
                }

                if (r.Form == "about")
                {
                    w.Write($"<circle class=\"mark\" cx=\"{Axis.F((x0 + x1) / 2)}\" cy=\"{mid}\" r=\"4\"/>");
                }
            }

            var valueX = double.IsPositiveInfinity(r.High) ? x1 - 12 : x1 + 8;
            var anchor = double.IsPositiveInfinity(r.High) ? "end" : "start";
            w.Write($"<text class=\"value\" x=\"{Axis.F(valueX)}\" y=\"{mid - 5}\" text-anchor=\"{anchor}\">{Html.Html.Text(Html.Html.Short(r.Display, 24))}{(r.IsOutlier ? " \u2190 outlier" : string.Empty)}</text>");
            w.Write("</g>");
            y += RowHeight;
        }

        More(w, hidden[previous], y);
        w.Write("</svg>");
    }

    /// <summary>"+ 1,204 more claims in this set" under a set's last drawn row.</summary>
    private static int More(TextWriter w, int count, int y)
    {
        if (count <= 0)
        {
            return y;
        }

        w.Write($"<text class=\"tick-label\" x=\"{LabelWidth}\" y=\"{y + (RowHeight / 2) + 4}\" text-anchor=\"end\">+ {count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} more {(count == 1 ? "claim" : "claims")} in this set</text>");
        return y + RowHeight;
    }
}
