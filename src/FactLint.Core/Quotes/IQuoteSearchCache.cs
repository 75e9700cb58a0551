namespace FactLint.Quotes;

/// <summary>
/// Quote searches kept from earlier runs (the CLI's <c>.factlint-cache</c>). A search's outcome
/// depends only on the archive's text and the quote, so it is looked up by both: the archive by a
/// hash of its content (<see cref="QuoteSearchKey"/>), the quote by its exact text. A run that
/// changed one fact file then searches only the quotes it has not searched before, instead of
/// every quote of every archive.
/// </summary>
public interface IQuoteSearchCache
{
    bool TryGet(string archiveKey, string quote, out QuoteSearch search);

    void Store(string archiveKey, string quote, QuoteSearch search);
}
