using System;

namespace FactLint.Syntax;

/// <summary>
/// Adds what to do to YamlDotNet's messages, which say only what the parser expected.
/// Writers of fact files are not all programmers: "did not find expected key" alone does not help.
/// </summary>
internal static class SyntaxMessages
{
    public static string Explain(string parserMessage)
    {
        var m = parserMessage.Trim();
        var idx = m.IndexOf(": ", StringComparison.Ordinal);
        if (m.StartsWith("(", StringComparison.Ordinal) && idx > 0)
        {
            m = m.Substring(idx + 2);
        }

        var hint = Hint(m);
        return hint == null ? $"YAML syntax error: {m}" : $"YAML syntax error: {m} {hint}";
    }

    private static string? Hint(string m)
    {
        if (Has(m, "tab"))
        {
            return "YAML indents with spaces only: replace the tab with spaces.";
        }

        if (Has(m, "did not find expected key"))
        {
            return "Check this line's indentation against the keys above it, and that the value before it is complete (a closing quote, for instance).";
        }

        if (Has(m, "mapping values are not allowed"))
        {
            return "A value contains ': '; put the whole value in quotes.";
        }

        if (Has(m, "did not find expected '-' indicator"))
        {
            return "A list item ('- ') was expected at this indentation; check the indentation.";
        }

        if (Has(m, "cannot start any token"))
        {
            return "Values starting with '@', '`' or '%' must be quoted.";
        }

        if (Has(m, "did not find expected ',' or ']'") || Has(m, "did not find expected ',' or '}'"))
        {
            return "A bracketed list or mapping is not closed, or two items lack a comma between them.";
        }

        if (Has(m, "end of stream") || Has(m, "unexpected end"))
        {
            return "The file ends inside a value: close the open quote or bracket.";
        }

        if (Has(m, "escape"))
        {
            return "In double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes.";
        }

        if (Has(m, "did not find expected node content") || Has(m, "did not find expected <document start>"))
        {
            return "Check the line for a stray character or a missing value.";
        }

        return null;
    }

    private static bool Has(string m, string part) => m.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
}
