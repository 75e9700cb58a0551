using System.Globalization;
using System.Text;

namespace FactLint.Editing;

/// <summary>Writes text as a YAML scalar that reads back as exactly that text.</summary>
public static class YamlQuoting
{
    /// <summary>A double-quoted scalar with the escapes YAML needs (backslash, quote, control characters).</summary>
    public static string DoubleQuoted(string value) => "\"" + DoubleQuotedContent(value) + "\"";

    /// <summary>The text between the quotes of <see cref="DoubleQuoted"/>: what goes inside an existing double-quoted scalar.</summary>
    public static string DoubleQuotedContent(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
