using System.Linq;
using FactLint.Cli.Output;

namespace FactLint.Cli.Commands;

/// <summary>A report written to a file besides the one on the terminal: <c>--output sarif:results.sarif</c> or <c>--output results.sarif</c>.</summary>
public sealed record OutputTarget(OutputFormat Format, string Path)
{
    /// <returns>The target, or null with <paramref name="error"/> saying why.</returns>
    public static OutputTarget? Parse(string value, out string? error)
    {
        error = null;
        var colon = value.IndexOf(':');
        if (colon > 0 && System.Array.IndexOf(OutputFormats.Names, value.Substring(0, colon)) >= 0)
        {
            var path = value.Substring(colon + 1);
            if (path.Length == 0)
            {
                error = $"--output '{value}' names no file; write FORMAT:FILE, e.g. sarif:factlint.sarif.";
                return null;
            }

            return new OutputTarget(OutputFormats.Parse(value.Substring(0, colon)), path);
        }

        // "csv:x" is a format FactLint does not write, not a file name (a Windows drive is one letter).
        if (colon > 1 && value.Substring(0, colon).All(char.IsLetter))
        {
            error = $"--output '{value}': '{value.Substring(0, colon)}' is not an output format; use one of {string.Join(", ", OutputFormats.Names)} (e.g. sarif:factlint.sarif).";
            return null;
        }

        var format = OutputFormats.FromExtension(value);
        if (format == null)
        {
            error = $"--output '{value}': the format cannot be told from the file name; write FORMAT:FILE with FORMAT one of {string.Join(", ", OutputFormats.Names)}.";
            return null;
        }

        return new OutputTarget(format.Value, value);
    }
}
