using System.Net;

namespace FactLint.Reporting.Html;

/// <summary>Escaping for text and attribute values: every word from a fact file is the writer's, never markup.</summary>
internal static class Html
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>Shortened to <paramref name="max"/> characters with an ellipsis (the full text goes in a title).</summary>
    public static string Short(string? value, int max)
    {
        value ??= string.Empty;
        return value.Length <= max ? value : value.Substring(0, max - 1) + "\u2026";
    }
}
