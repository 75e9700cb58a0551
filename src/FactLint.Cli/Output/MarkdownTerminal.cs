using System.IO;
using System.Text.RegularExpressions;

namespace FactLint.Cli.Output;

/// <summary>
/// Shows a rule's Markdown page on a terminal: headings bold, code blocks indented and dimmed,
/// inline code and emphasis without their markers, links as "text (url)". Line breaks are kept as
/// written: the pages are wrapped at 100 columns already.
/// </summary>
public static class MarkdownTerminal
{
    private static readonly Regex Link = new(@"\[([^\]]+)\]\(([^)]+)\)", RegexOptions.Compiled, System.TimeSpan.FromSeconds(1));
    private static readonly Regex Strong = new(@"\*\*([^*]+)\*\*", RegexOptions.Compiled, System.TimeSpan.FromSeconds(1));
    private static readonly Regex Code = new(@"`([^`]+)`", RegexOptions.Compiled, System.TimeSpan.FromSeconds(1));

    public static void Write(TextWriter output, string markdown, Ansi ansi)
    {
        var inCode = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.StartsWith("```", System.StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                output.WriteLine("    " + ansi.Dim(raw));
                continue;
            }

            if (raw.StartsWith("#", System.StringComparison.Ordinal))
            {
                var title = raw.TrimStart('#').Trim();
                output.WriteLine(raw.StartsWith("# ", System.StringComparison.Ordinal) ? ansi.Bold(title.ToUpperInvariant()) : ansi.Bold(title));
                continue;
            }

            output.WriteLine(Inline(raw, ansi));
        }
    }

    private static string Inline(string line, Ansi ansi)
    {
        line = Link.Replace(line, m => m.Groups[2].Value.StartsWith("http", System.StringComparison.Ordinal) ? $"{m.Groups[1].Value} ({m.Groups[2].Value})" : m.Groups[1].Value);
        line = Strong.Replace(line, m => ansi.Bold(m.Groups[1].Value));
        return Code.Replace(line, m => ansi.Cyan(m.Groups[1].Value));
    }
}
