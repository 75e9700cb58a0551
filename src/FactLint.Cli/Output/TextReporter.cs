using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FactLint.Diagnostics;

namespace FactLint.Cli.Output;

/// <summary>
/// The terminal format, like rustc and Ruff: <c>file:line:col: severity[id] message</c>, then the
/// source line with the span underlined, the fixes on offer, and a one-line summary.
/// </summary>
public static class TextReporter
{
    public static void Write(TextWriter output, LintReport report, Ansi ansi)
    {
        foreach (var d in report.Diagnostics)
        {
            WriteOne(output, d, ansi);
        }

        output.WriteLine(Summary(report, ansi));
    }

    /// <summary>The most of a source line shown under a finding.</summary>
    private const int SnippetWidth = 160;

    private static void WriteOne(TextWriter output, Diagnostic d, Ansi ansi)
    {
        var span = d.Location.LineSpan;
        var line = span.Start.Line + 1;
        var col = span.Start.Character + 1;
        var severity = d.Severity.ToName();
        var colouredSeverity = d.Severity switch
        {
            Severity.Error => ansi.Red(severity),
            Severity.Warning => ansi.Yellow(severity),
            _ => ansi.Blue(severity),
        };
        output.WriteLine($"{ansi.Bold($"{d.Location.Path}:{line}:{col}")}: {colouredSeverity}[{ansi.Bold(d.Id)}] {d.Message}");

        var text = d.Location.Text;
        if (text.Length > 0 && span.Start.Line < FactLint.Text.LineMap.Of(text).LineCount)
        {
            var textLine = FactLint.Text.LineMap.Of(text).LineAt(span.Start.Line);
            var gutter = new string(' ', line.ToString(CultureInfo.InvariantCulture).Length);
            var startChar = Math.Min(span.Start.Character, textLine.Span.Length);
            var endChar = span.End.Line == span.Start.Line ? Math.Min(span.End.Character, textLine.Span.Length) : textLine.Span.Length;

            // A long line (a 2 MB quote) is shown as a window around the span, never whole.
            var windowStart = Math.Max(0, startChar - (SnippetWidth / 4));
            var windowEnd = Math.Min(textLine.Span.Length, Math.Max(windowStart + SnippetWidth, Math.Min(endChar, windowStart + SnippetWidth)));
            var lineText = (windowStart > 0 ? "…" : string.Empty)
                + text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(textLine.Start + windowStart, windowEnd - windowStart))
                + (windowEnd < textLine.Span.Length ? "…" : string.Empty);
            var shift = windowStart > 0 ? windowStart - 1 : 0;
            startChar -= shift;
            endChar = Math.Min(endChar, windowEnd) - shift;
            var width = Math.Max(1, endChar - startChar);

            // Keep tabs in the padding so the carets line up under the same columns the terminal shows.
            var pad = new StringBuilder(startChar);
            foreach (var c in lineText.Take(startChar))
            {
                pad.Append(c == '\t' ? '\t' : ' ');
            }

            output.WriteLine(ansi.Blue($"{gutter} |"));
            output.WriteLine($"{ansi.Blue($"{line} |")} {lineText}");
            output.WriteLine($"{ansi.Blue($"{gutter} |")} {pad}{Colour(d.Severity, new string('^', width), ansi)}");
        }

        foreach (var r in d.Related.Take(5))
        {
            var p = r.Location.LineSpan.Start;
            output.WriteLine($"   {ansi.Cyan("=")} related: {r.Location.Path}:{p.Line + 1}:{p.Character + 1}: {r.Message}");
        }

        if (d.Related.Length > 5)
        {
            output.WriteLine($"   {ansi.Cyan("=")} related: … and {d.Related.Length - 5} more");
        }

        foreach (var fix in d.Fixes)
        {
            var grade = fix.Applicability switch
            {
                FixApplicability.Safe => "fix",
                FixApplicability.Unsafe => "fix (unsafe)",
                _ => "suggestion",
            };
            output.WriteLine($"   {ansi.Cyan("=")} {grade}: {fix.Title}");
        }

        output.WriteLine();
    }

    private static string Colour(Severity s, string text, Ansi ansi) => s switch
    {
        Severity.Error => ansi.Red(text),
        Severity.Warning => ansi.Yellow(text),
        _ => ansi.Blue(text),
    };

    internal static string Summary(LintReport report, Ansi ansi)
    {
        var files = report.FileCount == 1 ? "1 file" : $"{report.FileCount} files";
        if (report.Diagnostics.Count == 0)
        {
            return ansi.Bold($"No problems found in {files}.");
        }

        var parts = new[] { Severity.Error, Severity.Warning, Severity.Info, Severity.Hint }
            .Select(s => (s, n: report.Diagnostics.Count(d => d.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n} {x.s.ToName()}{(x.n == 1 ? string.Empty : "s")}");
        var affected = report.Diagnostics.Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).Count();
        var problems = report.Diagnostics.Count == 1 ? "1 problem" : $"{report.Diagnostics.Count} problems";
        var fixable = report.Diagnostics.Count(d => d.Fixes.Any(f => f.IsSafe));
        var fixHint = fixable > 0 ? $"\n{fixable} can be fixed with 'factlint fix'." : string.Empty;
        return ansi.Bold($"Found {problems} ({string.Join(", ", parts)}) in {affected} of {files}.") + fixHint;
    }
}
