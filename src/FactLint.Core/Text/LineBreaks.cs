using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Text;

/// <summary>
/// The one rule for "the file's line break", used by every fix and the applier: the file's first
/// line break (CRLF or LF), as Prettier's <c>endOfLine: auto</c> decides it; LF for a file without
/// one. Only CR LF and LF count: YAML and editors do not break lines at U+0085, U+2028 or U+2029.
/// </summary>
public static class LineBreaks
{
    public static string Of(SourceText text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i > 0 && text[i - 1] == '\r' ? "\r\n" : "\n";
            }
        }

        return "\n";
    }

    /// <summary>Rewrites every line break of inserted text (CR LF, LF or a lone CR) as <paramref name="lineBreak"/>.</summary>
    public static string Normalize(string text, string lineBreak)
    {
        if (text.IndexOf('\n') < 0 && text.IndexOf('\r') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append(lineBreak);
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n')
            {
                sb.Append(lineBreak);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
