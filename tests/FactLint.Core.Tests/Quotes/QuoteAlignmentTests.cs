using System;
using System.Collections.Generic;
using System.Text;
using FactLint.Quotes;
using Xunit;

namespace FactLint.Tests.Quotes;

/// <summary>
/// The closest passage of a misquote is found by comparing candidate windows with bit-vector
/// distances and aligning only the best one cell by cell: it must be exactly what aligning every
/// window cell by cell finds (same start, end and distance, same window on ties).
/// </summary>
public sealed class QuoteAlignmentTests
{
    // A small alphabet makes ties (equal distances, equal paths) common; 'é' and 'ж' take the
    // non-ASCII path of the bit masks; spaces make the whole-word widening run.
    private const string Alphabet = "aab cde  éж'";

    [Theory]
    [InlineData(1, 2, 40)]
    [InlineData(2, 3, 63)]
    [InlineData(3, 60, 70)]
    [InlineData(4, 63, 66)]
    [InlineData(5, 120, 140)]
    [InlineData(6, 127, 130)]
    [InlineData(7, 190, 260)]
    public void Bit_vector_search_finds_the_passage_full_alignment_finds(int seed, int minLength, int maxLength)
    {
        var random = new Random(seed);
        for (var round = 0; round < 400; round++)
        {
            var text = RandomText(random, random.Next(0, 900));
            var segment = Segment(random, text, random.Next(minLength, maxLength + 1));
            var windows = new List<(int Start, int End)>();
            for (var w = random.Next(1, 5); w > 0; w--)
            {
                var start = random.Next(0, text.Length + 1);
                windows.Add((start, random.Next(start, text.Length + 1)));
            }

            var expected = QuoteLocator.BestByFullAlignment(text, segment, windows);
            var actual = QuoteLocator.BestOver(text, segment, windows);
            Assert.True(expected == actual, $"seed {seed} round {round}: expected {expected}, got {actual} for '{segment}' in {text.Length} characters, windows {string.Join(", ", windows)}");
        }
    }

    [Fact]
    public void A_quote_with_a_changed_figure_is_found_where_full_alignment_finds_it()
    {
        const string Text = "the ministry said that 29 prisoners and three guards died in the riot on sunday; later reports said 25 prisoners";
        const string Segment = "21 prisoners and three guards died";
        var windows = new[] { (0, Text.Length), (40, Text.Length) };
        var found = QuoteLocator.BestOver(Text, Segment, windows);
        Assert.Equal(QuoteLocator.BestByFullAlignment(Text, Segment, windows), found);
        Assert.Equal("29 prisoners and three guards died", Text[found!.Value.Start..found.Value.End]);
        Assert.Equal(1, found.Value.Distance);
    }

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Mostly a stretch of the text with a few edits (a near miss), sometimes random text (no passage).</summary>
    private static string Segment(Random random, string text, int length)
    {
        if (text.Length < length || random.Next(5) == 0)
        {
            return RandomText(random, length);
        }

        var start = random.Next(0, text.Length - length + 1);
        var segment = new StringBuilder(text.Substring(start, length));
        for (var edits = random.Next(0, 1 + (length / 4)); edits > 0 && segment.Length > 1; edits--)
        {
            var at = random.Next(segment.Length);
            switch (random.Next(3))
            {
                case 0:
                    segment[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 1:
                    segment.Remove(at, 1);
                    break;
                default:
                    segment.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
            }
        }

        return segment.ToString();
    }
}
