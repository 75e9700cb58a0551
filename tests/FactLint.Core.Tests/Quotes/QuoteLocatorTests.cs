using System;
using System.Linq;
using System.Text;
using FactLint.Quotes;

namespace FactLint.Tests.Quotes;

public sealed class QuoteLocatorTests
{
    private const string Article = "The evening ferry lost power in heavy wind on Friday, and some 140 passengers waited almost three hours.\n\n" +
        "\u201CWe had a spare on board but could not fit it in that sea,\u201D a spokeswoman said \u2014 adding that the vessel\u2019s crew was safe.";

    [Theory]
    [InlineData("some 140 passengers waited")]
    [InlineData("SOME 140   PASSENGERS\nwaited")]
    [InlineData("\"We had a spare on board but could not fit it in that sea,\" a spokeswoman said")]
    [InlineData("the vessel's crew was safe")]                         // straight apostrophe, curly in the archive
    [InlineData("said - adding that")]                               // hyphen for an em dash
    [InlineData("The evening ferry lost power \u2026 on Friday")]     // an ellipsis skips words
    [InlineData("lost power [...] some 140 passengers")]
    public void Finds_quotes_after_folding_case_spaces_quotes_dashes_and_ellipses(string quote)
    {
        Assert.True(QuoteLocator.Find(FoldedText.Fold(Article), quote).Found, quote);
    }

    [Fact]
    public void An_ellipsis_does_not_let_the_parts_come_out_of_order()
    {
        Assert.False(QuoteLocator.Find(FoldedText.Fold(Article), "on Friday ... The evening ferry").Found);
    }

    [Fact]
    public void A_misquote_gets_the_closest_passage_and_the_words_that_differ()
    {
        var archive = FoldedText.Fold(Article);
        var search = QuoteLocator.Find(archive, "some 150 passengers waited nearly three hours");
        Assert.False(search.Found);
        var passage = Assert.IsType<Passage>(search.Closest);
        Assert.Equal("some 140 passengers waited almost three hours", passage.Text);
        Assert.Equal(Article.IndexOf("some 140", StringComparison.Ordinal), passage.OriginalStart);
        var changes = WordDiff.Compare("some 150 passengers waited nearly three hours", passage.Text);
        Assert.Equal(new[] { "has \u201C150\u201D where the archive has \u201C140\u201D", "has \u201Cnearly\u201D where the archive has \u201Calmost\u201D" }, changes.Select(c => c.Describe()));
        Assert.Equal(5, changes[0].QuoteStart);
    }

    [Fact]
    public void Nothing_is_offered_when_no_passage_resembles_the_quote()
    {
        var search = QuoteLocator.Find(FoldedText.Fold(Article), "the minister denied every report of casualties");
        Assert.False(search.Found);
        Assert.Null(search.Closest);
    }

    [Fact]
    public void The_closest_passage_is_found_in_a_megabyte_archive()
    {
        // 1 MB of varied filler with the passage near the end: the voting must find the right window.
        var random = new Random(3);
        var words = new[] { "officials", "said", "the", "prison", "riot", "began", "on", "Sunday", "guards", "inmates", "were", "killed", "in", "Vahdat", "town", "capital" };
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append(words[random.Next(words.Length)]).Append(random.Next(8) == 0 ? ".\n" : " ");
        }

        var at = sb.Length;
        sb.Append("Twenty-nine prisoners and three security guards died in the uprising at the penal colony. ");
        sb.Append(string.Join(" ", Enumerable.Repeat("filler text", 500)));
        var archive = FoldedText.Fold(sb.ToString());
        var search = QuoteLocator.Find(archive, "Twenty-nine prisoners and three guards died in the uprising at the colony");
        Assert.False(search.Found);
        var passage = Assert.IsType<Passage>(search.Closest);
        Assert.Equal(at, passage.OriginalStart);
        Assert.StartsWith("Twenty-nine prisoners and three security guards died", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Folding_maps_every_folded_character_back_to_the_original()
    {
        var original = "A\u00A0\u00A0\u201Cquote\u201D \u2014 it\u2019s\u2026 \uD83D\uDE00 done";
        var folded = FoldedText.Fold(original);
        Assert.Equal("a \"quote\" - it's... \uD83D\uDE00 done", folded.Text);
        var at = folded.Text.IndexOf("it's", StringComparison.Ordinal);
        Assert.Equal("it\u2019s", folded.OriginalSlice(at, at + 4));
        var emoji = folded.Text.IndexOf('\uD83D');
        Assert.Equal("\uD83D\uDE00", folded.OriginalSlice(emoji, emoji + 1));
    }

    [Fact]
    public void Quotes_searched_together_get_what_each_gets_alone()
    {
        // A long archive (the fuzzy path votes only when the text is much longer than the quote), and 300
        // quotes: cuts of it, cuts with a word changed or cut mid-word, and text that is not in it at all.
        var random = new Random(20261203);
        var words = Article.Split(' ');
        var article = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            article.Append(words[random.Next(words.Length)]).Append(i % 17 == 16 ? "\n\n" : " ");
        }

        var text = article.ToString();
        var archive = FoldedText.Fold(text);
        var quotes = Enumerable.Range(0, 300).Select(_ =>
        {
            var start = random.Next(text.Length - 80);
            var cut = text.Substring(start, 10 + random.Next(70));
            return random.Next(4) switch
            {
                0 => cut,
                1 => cut.Replace("the", "a", StringComparison.Ordinal),
                2 => cut + "x",
                _ => "passengers " + cut.ToUpperInvariant() + " ferry wind",
            };
        }).ToList();

        var together = QuoteLocator.FindAll(archive, quotes);
        Assert.Contains(together, s => !s.Found && s.Closest != null);
        for (var i = 0; i < quotes.Count; i++)
        {
            var alone = QuoteLocator.Find(archive, quotes[i]);
            Assert.Equal(alone.Found, together[i].Found);
            Assert.Equal(alone.MissingSegment, together[i].MissingSegment);
            Assert.Equal(alone.Closest, together[i].Closest);
        }

        // The ranges mapped back together are the ranges mapped one by one.
        var ranges = Enumerable.Range(0, 200).Select(_ => random.Next(archive.Text.Length)).Select(a => (a, Math.Min(archive.Text.Length, a + random.Next(-2, 60)))).ToList();
        var mapped = archive.OriginalRanges(ranges);
        for (var i = 0; i < ranges.Count; i++)
        {
            Assert.Equal(archive.OriginalRange(ranges[i].Item1, ranges[i].Item2), mapped[i]);
        }
    }
}
