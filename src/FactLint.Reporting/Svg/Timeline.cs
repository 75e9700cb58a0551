using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Figures;
using FactLint.Model;
using FactLint.Reporting.Views;

namespace FactLint.Reporting.Svg;

/// <summary>When the sources of a group were published: one mark per claim on a time axis, coloured by the position it takes, so a figure that changed over time reads as such.</summary>
internal static class Timeline
{
    private const int Width = 720;
    private const int Height = 64;
    private const int MaxMarks = 100;

    public static void Write(TextWriter w, GroupView group, string id)
    {
        var dated = new List<(ClaimRow Row, double Day)>();
        foreach (var r in group.Rows)
        {
            if (r.Published != null && PartialDate.TryParse(r.Published, out var date))
            {
                dated.Add((r, DateIntervals.Of(date).Low));
            }
        }

        if (dated.Select(d => d.Day).Distinct().Count() < 2)
        {
            return;
        }

        // A mark per claim up to a hundred; beyond, evenly spaced ones stand for the rest (the table lists every claim).
        if (dated.Count > MaxMarks)
        {
            var step = (double)dated.Count / MaxMarks;
            var byDay = dated.OrderBy(d => d.Day).ToList();
            dated = Enumerable.Range(0, MaxMarks).Select(k => byDay[(int)(k * step)]).ToList();
        }

        var axis = new Axis(dated.Select(d => d.Day), 40, Width - 40, dates: true);
        SvgFrame.Open(w, "timeline", id, Width, Height, $"Publication dates of the {dated.Count} sources of {group.Title}");
        w.Write($"<line class=\"tick\" x1=\"40\" x2=\"{Width - 40}\" y1=\"32\" y2=\"32\"/>");
        foreach (var (x, label) in axis.Ticks())
        {
            w.Write($"<line class=\"tick\" x1=\"{Axis.F(x)}\" x2=\"{Axis.F(x)}\" y1=\"28\" y2=\"36\"/><text class=\"tick-label\" x=\"{Axis.F(x)}\" y=\"58\" text-anchor=\"middle\">{Html.Html.Text(label)}</text>");
        }

        var i = 0;
        foreach (var (row, day) in dated.OrderBy(d => d.Day))
        {
            var x = axis.X(day);
            var above = i++ % 2 == 0;
            w.Write($"<g class=\"row p{(row.Position < 0 ? 0 : row.Position % 6)}{(row.IsOutlier ? " outlier" : string.Empty)}\"><title>{Html.Html.Text($"{row.Display} \u2014 {row.SourceLabel}")}</title>");
            w.Write($"<circle class=\"mark\" cx=\"{Axis.F(x)}\" cy=\"32\" r=\"5\"/><text class=\"value\" x=\"{Axis.F(x)}\" y=\"{(above ? 20 : 48)}\" text-anchor=\"middle\">{Html.Html.Text(Html.Html.Short(row.Display, 16))}</text></g>");
        }

        w.Write("</svg>");
    }
}
