using System.Linq;
using FactLint.Figures;

namespace FactLint.Tests.Figures;

public sealed class NumberScannerTests
{
    [Theory]
    [InlineData("1,500 people", 1500)]
    [InlineData("1 500 people", 1500)]
    [InlineData("1\u00A0500 people", 1500)]
    [InlineData("a rate of 7.5 percent", 7.5)]
    [InlineData("three prison guards", 3)]
    [InlineData("twenty-one inmates", 21)]
    [InlineData("twenty one inmates", 21)]
    [InlineData("a dozen guards", 12)]
    [InlineData("two dozen guards", 24)]
    [InlineData("two hundred and five", 205)]
    [InlineData("some nine million people", 9e6)]
    [InlineData("9 million people", 9e6)]
    [InlineData("$7 million in damages", 7e6)]
    [InlineData("a 1.5bn deal", 1.5e9)]
    [InlineData("40k protesters", 40000)]
    [InlineData("one thousand five hundred", 1500)]
    [InlineData("a hundred", 100)]
    public void Reads_digits_words_and_scales(string text, double expected)
    {
        Assert.Contains(NumberScanner.Scan(text), m => m.Value == expected);
    }

    [Theory]
    [InlineData("at least 25 inmates", NumberQualifier.AtLeast)]
    [InlineData("more than 25 inmates", NumberQualifier.AtLeast)]
    [InlineData("no fewer than twenty-five", NumberQualifier.AtLeast)]
    [InlineData("up to 25 inmates", NumberQualifier.AtMost)]
    [InlineData("fewer than 25", NumberQualifier.AtMost)]
    [InlineData("some 140 passengers", NumberQualifier.Approx)]
    [InlineData("about ninety minutes", NumberQualifier.Approx)]
    [InlineData("25 inmates", NumberQualifier.None)]
    public void Reads_the_hedge_before_a_number(string text, NumberQualifier expected)
    {
        Assert.Equal(expected, NumberScanner.Scan(text).First().Qualifier);
    }

    [Fact]
    public void Keeps_separate_numbers_apart_and_reports_their_positions()
    {
        var text = "29 prisoners and 3 security guards, five six, in 2019 300 more";
        var found = NumberScanner.Scan(text).Select(m => (m.Value, text.Substring(m.Start, m.Length))).ToArray();
        Assert.Equal(new[] { (29.0, "29"), (3.0, "3"), (5.0, "five"), (6.0, "six"), (2019.0, "2019"), (300.0, "300") }, found);
    }

    [Fact]
    public void Words_that_are_not_numbers_are_not_read_as_numbers()
    {
        Assert.Empty(NumberScanner.Scan("a hundredfold increase, anyone, often, someone"));
        Assert.Empty(NumberScanner.Scan("the dozen"));
        Assert.Single(NumberScanner.Scan("a dozen"));
    }
}
