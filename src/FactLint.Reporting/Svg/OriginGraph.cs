using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Reporting.Views;

namespace FactLint.Reporting.Svg;

/// <summary>Who relays whom: sources in columns by their distance from the origin (origins on the left), an arrow from each relay to the source it relies on.</summary>
internal static class OriginGraph
{
    private const int ColumnWidth = 280;
    private const int BoxWidth = 240;
    private const int BoxHeight = 26;
    private const int RowHeight = 38;

    public static void Write(TextWriter w, OriginChain chain, string id)
    {
        var columns = chain.Sources.GroupBy(s => s.Depth).OrderBy(g => g.Key).ToList();
        var place = new Dictionary<string, (double X, double Y)>(System.StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            var r = 0;
            foreach (var node in columns[c])
            {
                place[node.Id] = (10 + (c * ColumnWidth), 10 + (r++ * RowHeight));
            }
        }

        var width = 20 + (columns.Count * ColumnWidth);
        var height = 20 + (columns.Max(g => g.Count()) * RowHeight);
        SvgFrame.Open(w, "graph", id, width, height, $"{chain.Sources.Count} sources linked by relies_on; origins on the left");
        w.Write($"<defs><marker id=\"{id}-a\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"arrow\" d=\"M0 0 L10 5 L0 10 z\"/></marker></defs>");
        foreach (var (from, to) in chain.Links)
        {
            if (place.TryGetValue(from, out var a) && place.TryGetValue(to, out var b))
            {
                w.Write($"<line class=\"link\" x1=\"{Axis.F(a.X)}\" y1=\"{Axis.F(a.Y + (BoxHeight / 2))}\" x2=\"{Axis.F(b.X + BoxWidth)}\" y2=\"{Axis.F(b.Y + (BoxHeight / 2))}\" marker-end=\"url(#{id}-a)\"><title>{Html.Html.Text($"{from} relies on {to}")}</title></line>");
            }
        }

        foreach (var node in chain.Sources)
        {
            var (x, y) = place[node.Id];
            w.Write($"<g class=\"node{(node.Depth == 0 ? " origin" : string.Empty)}\"><title>{Html.Html.Text($"{node.Id}: {node.Label}")}</title><rect x=\"{Axis.F(x)}\" y=\"{Axis.F(y)}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"4\"/><text x=\"{Axis.F(x + 8)}\" y=\"{Axis.F(y + 17)}\">{Html.Html.Text(Html.Html.Short(node.Id, 34))}</text></g>");
        }

        w.Write("</svg>");
    }
}
