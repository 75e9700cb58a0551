using System.IO;

namespace FactLint.Reporting.Svg;

/// <summary>The opening of every chart: its size, and a title a screen reader reads for it (the table beside it holds the same facts).</summary>
internal static class SvgFrame
{
    public static void Open(TextWriter w, string cssClass, string id, double width, double height, string title)
    {
        w.Write($"<svg class=\"{cssClass}\" id=\"{id}\" viewBox=\"0 0 {Axis.F(width)} {Axis.F(height)}\" width=\"{Axis.F(width)}\" height=\"{Axis.F(height)}\" role=\"img\" aria-labelledby=\"{id}-t\">");
        w.Write($"<title id=\"{id}-t\">{Html.Html.Text(title)}</title>");
    }
}
