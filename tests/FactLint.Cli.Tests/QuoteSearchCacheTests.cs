using System;
using System.IO;
using System.Linq;
using FactLint.Cli.Caching;
using FactLint.Config;
using FactLint.Quotes;

namespace FactLint.Cli.Tests;

/// <summary>
/// FL2003's searches kept between runs: a quote is searched again unless this very quote was
/// searched in this very archive text, and a run from the cache reports exactly what a run
/// without it does.
/// </summary>
[Collection("cwd")]
public sealed class QuoteSearchCacheTests
{
    private const string Article = "The ferry lost power off the cape, and some 140 passengers waited almost three hours for the tug. Officials said nobody was hurt.";

    private static string Sources(string archive = "archive/gazette.txt") => $"factlint: 1\nsources:\n  - id: gazette\n    title: Ferry\n    archive: {archive}\n";

    private static string Claims(string quote1, string quote2) =>
        "factlint: 1\nclaims:\n"
        + $"  - subject: ferry\n    property: waited.hours\n    value: 3\n    sources:\n      - source: gazette\n        quote: \"{quote1}\"\n"
        + $"  - subject: ferry\n    property: passengers\n    value: 140\n    sources:\n      - source: gazette\n        quote: \"{quote2}\"\n";

    /// <summary>An archived article and two quotes of it: one verbatim, one misquoted ("nearly" for "almost").</summary>
    private static CliRunner Workspace()
    {
        var cli = new CliRunner();
        cli.Write("archive/gazette.txt", Article);
        cli.Write("sources.facts.yaml", Sources());
        cli.Write("events/e.facts.yaml", Claims("waited nearly three hours", "some 140 passengers"));
        return cli;
    }

    [Fact]
    public void A_run_from_the_cache_reports_what_a_fresh_run_does_and_an_edited_quote_is_searched_again()
    {
        using var cli = Workspace();
        cli.Write("events/f.facts.yaml", "factlint: 1\n");
        var cold = cli.Run("lint", "--format", "json");
        Assert.Single(Directory.GetFiles(Path.Combine(cli.Root, ".factlint-cache"), "quotes-*.bin"));

        // Another file changes: both quotes come from the cache, the misquote's finding word for word.
        cli.Write("events/f.facts.yaml", "factlint: 1\n# edited\n");
        Assert.Equal(cli.Run("lint", "--format", "json", "--no-cache"), cli.Run("lint", "--format", "json"));
        Assert.Contains("FL2003", cold.Out, StringComparison.Ordinal);

        // The misquote is corrected: it is searched again, and its finding goes.
        cli.Write("events/e.facts.yaml", Claims("waited almost three hours", "some 140 passengers"));
        var fixedQuote = cli.Run("lint", "--format", "json");
        Assert.Equal(cli.Run("lint", "--format", "json", "--no-cache"), fixedQuote);
        Assert.DoesNotContain("FL2003", fixedQuote.Out, StringComparison.Ordinal);

        // The archive changes under the same quotes: its new text is searched, not the old one's results used.
        cli.Write("archive/gazette.txt", Article.Replace("almost three hours", "nearly four hours", StringComparison.Ordinal));
        cli.Write("events/f.facts.yaml", "factlint: 1\n# edited again\n");
        var archiveChanged = cli.Run("lint", "--format", "json");
        Assert.Equal(cli.Run("lint", "--format", "json", "--no-cache"), archiveChanged);
        Assert.Contains("FL2003", archiveChanged.Out, StringComparison.Ordinal);
    }

    /// <summary>What the cache holds is what the run reports (so a run does consult it), for that archive text only.</summary>
    [Fact]
    public void A_kept_search_is_used_for_its_archive_text_and_quote_only()
    {
        using var cli = new CliRunner();
        cli.Write("archive/gazette.txt", Article);
        cli.Write("archive/other.txt", Article);
        cli.Write("sources.facts.yaml", Sources() + "  - id: other\n    title: Other\n    archive: archive/other.txt\n");
        cli.Write("events/e.facts.yaml", Claims("waited nearly three hours", "some 140 passengers"));

        // Planted: this misquote "found" in a text that is not the archive's, and "found" in the archive's own text.
        var cache = QuoteSearchCache.Open(cli.Root, FactLintConfig.Default);
        cache.Store(QuoteSearchKey.Of(Article + " "), "waited nearly three hours", QuoteSearch.Restore(true, null, null));
        cache.Save();
        Assert.Contains("FL2003", cli.Run("lint", "--format", "json").Out, StringComparison.Ordinal);

        cache = QuoteSearchCache.Open(cli.Root, FactLintConfig.Default);
        cache.Store(QuoteSearchKey.Of(Article), "waited nearly three hours", QuoteSearch.Restore(true, null, null));
        cache.Save();
        cli.Write("events/f.facts.yaml", "factlint: 1\n");
        Assert.DoesNotContain("FL2003", cli.Run("lint", "--format", "json").Out, StringComparison.Ordinal);
        Assert.Contains("FL2003", cli.Run("lint", "--format", "json", "--no-cache").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_cache_file_is_a_miss_never_a_wrong_verdict()
    {
        using var cli = Workspace();
        cli.Run("lint", "--format", "json");
        var file = Directory.GetFiles(Path.Combine(cli.Root, ".factlint-cache"), "quotes-*.bin").Single();
        var pristine = File.ReadAllBytes(file);
        cli.Write("events/e.facts.yaml", Claims("waited nearly three hours", "some 140 passengers") + "# edited\n");
        var fresh = cli.Run("lint", "--format", "json", "--no-cache");

        // Every single byte flipped in turn (the found flag, a passage offset, a letter of a quote): the report is the fresh one.
        for (var at = 0; at < pristine.Length; at += Math.Max(1, pristine.Length / 60))
        {
            var bytes = (byte[])pristine.Clone();
            bytes[at] ^= 0x01;
            File.WriteAllBytes(file, bytes);
            Assert.Equal(fresh, cli.Run("lint", "--format", "json"));
        }
    }

    [Fact]
    public void Searches_read_back_as_they_were_stored()
    {
        var passage = new Passage(3, 40, 5, 44, "waited almost three hours \u2014 \U0001F6A2", 2, 0.9230769230769231);
        foreach (var search in new[] { QuoteSearch.Restore(true, null, null), QuoteSearch.Restore(false, "waited nearly three hours", passage), QuoteSearch.Restore(false, "nothing like it", null) })
        {
            var back = QuoteSearchCache.Decode(QuoteSearchCache.Encode(search));
            Assert.NotNull(back);
            Assert.Equal(search.Found, back.Found);
            Assert.Equal(search.MissingSegment, back.MissingSegment);
            Assert.Equal(search.Closest, back.Closest);
        }

        var encoded = QuoteSearchCache.Encode(QuoteSearch.Restore(false, "waited nearly three hours", passage));
        for (var length = 0; length < encoded.Length; length++)
        {
            Assert.Null(QuoteSearchCache.Decode(encoded.AsSpan(0, length).ToArray()));
        }
    }

    [Fact]
    public void A_quote_with_a_broken_surrogate_is_not_kept()
    {
        var root = Path.Combine(Path.GetTempPath(), "factlint-quotes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var cache = QuoteSearchCache.Open(root, FactLintConfig.Default);
            cache.Store("k", "broken \uD800 pair", QuoteSearch.Restore(true, null, null));
            cache.Store("k", "whole \uD83D\uDEA2 pair", QuoteSearch.Restore(true, null, null));
            cache.Save();
            var again = QuoteSearchCache.Open(root, FactLintConfig.Default);
            Assert.False(again.TryGet("k", "broken \uD800 pair", out _));
            Assert.False(again.TryGet("k", "broken \uFFFD pair", out _));
            Assert.True(again.TryGet("k", "whole \uD83D\uDEA2 pair", out var kept));
            Assert.True(kept.Found);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
