using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactLint.Quotes;
using FactLint.Tests.Support;

namespace FactLint.Tests.Quotes;

/// <summary>A quote is found only as whole words: the worst false negative was a "9" found inside "29".</summary>
public sealed class QuoteBoundaryTests
{
    [Theory]
    [InlineData("9 prisoners were killed")]
    [InlineData("prisoners were kill")]
    [InlineData("risoners were killed")]
    [InlineData("t stop")]
    public void A_quote_is_not_found_inside_longer_words(string quote)
    {
        var archive = FoldedText.Fold("Officials said 29 prisoners were killed, and guards don't stop anyone.");
        Assert.False(QuoteLocator.Find(archive, quote).Found, quote);
    }

    [Theory]
    [InlineData("29 prisoners were killed")]
    [InlineData("prisoners were killed,")]
    [InlineData("\"29 prisoners")]
    [InlineData("don't stop")]
    public void A_quote_of_whole_words_is_found(string quote)
    {
        var archive = FoldedText.Fold("Officials said \u201C29 prisoners were killed,\u201D and guards don\u2019t stop anyone.");
        Assert.True(QuoteLocator.Find(archive, quote).Found, quote);
    }

    /// <summary>
    /// Over the examples' archives: quotes cut at random, many of them inside a word. A quote is
    /// accepted exactly when an independent check (a regular expression with word-boundary
    /// look-arounds on the folded text) finds it as whole words somewhere.
    /// </summary>
    [Fact]
    public void Quotes_cut_inside_words_are_always_reported_over_the_example_archives()
    {
        var archives = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "examples", "archive"), "*.txt").Select(File.ReadAllText).ToArray();
        Assert.NotEmpty(archives);
        var random = new Random(20250219);
        int cutInside = 0, reported = 0;
        for (var i = 0; i < 20000; i++)
        {
            var text = archives[random.Next(archives.Length)];
            var folded = FoldedText.Fold(text);
            var start = random.Next(folded.Text.Length - 12);
            var length = 4 + random.Next(Math.Min(60, folded.Text.Length - start - 4));
            var quote = folded.Text.Substring(start, length).Trim(' ');
            if (quote.Length < 3 || quote.Contains("...", StringComparison.Ordinal) || quote.Contains('\u2026', StringComparison.Ordinal))
            {
                continue;
            }

            var found = QuoteLocator.Find(folded, quote).Found;
            var wordChar = @"[\p{L}\p{N}\p{Mn}\p{Mc}']";
            var pattern = (char.IsLetterOrDigit(quote[0]) ? $"(?<!{wordChar})" : string.Empty) + Regex.Escape(quote) + (char.IsLetterOrDigit(quote[^1]) ? $"(?!{wordChar})" : string.Empty);
            var wholeSomewhere = Regex.IsMatch(folded.Text, pattern);
            Assert.True(found == wholeSomewhere, $"'{quote}': found={found}, as whole words somewhere={wholeSomewhere}");
            if (!wholeSomewhere)
            {
                cutInside++;
                reported += found ? 0 : 1;
            }
        }

        TestContext.Current.SendDiagnosticMessage($"quote boundaries: {cutInside} quotes cut inside a word, {reported} reported");
        Assert.True(cutInside > 1000, "the cuts should often fall inside words");
        Assert.Equal(cutInside, reported);
    }
}
