namespace FactLint.Quotes;

/// <summary>One difference between a quote and the archive's passage, in words.</summary>
/// <param name="QuoteText">The quote's words here (empty when the quote leaves words out).</param>
/// <param name="ArchiveText">The archive's words here (empty when the quote adds words).</param>
/// <param name="QuoteStart">Offset of the quote's words in the quote (or where the missing words belong).</param>
public sealed record WordChange(string QuoteText, string ArchiveText, int QuoteStart, int QuoteLength)
{
    /// <summary>How a reader is told: "has “killed” where the archive has “died”", "leaves out “security”", "adds “guards”".</summary>
    public string Describe() =>
        QuoteText.Length == 0 ? $"leaves out \u201C{Shorten(ArchiveText)}\u201D"
        : ArchiveText.Length == 0 ? $"adds \u201C{Shorten(QuoteText)}\u201D"
        : $"has \u201C{Shorten(QuoteText)}\u201D where the archive has \u201C{Shorten(ArchiveText)}\u201D";

    private static string Shorten(string words) => words.Length <= 120 ? words : words.Substring(0, 100) + " \u2026 " + words.Substring(words.Length - 15);
}
