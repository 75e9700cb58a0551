using System;
using System.Linq;
using FactLint.Corpus;
using FactLint.Figures;
using FactLint.Model;

namespace FactLint.Tests.Figures;

/// <summary>Properties of the figure algebra, checked on thousands of seeded random cases (the seed is fixed so a failure reproduces).</summary>
public sealed class IntervalPropertyTests
{
    private const int Cases = 5000;

    [Fact]
    public void Intersection_is_symmetric_and_every_interval_agrees_with_itself()
    {
        var random = new Random(20261121);
        for (var i = 0; i < Cases; i++)
        {
            var a = RandomInterval(random);
            var b = RandomInterval(random);
            Assert.Equal(a.Intersects(b), b.Intersects(a));
            Assert.True(a.Intersects(a), $"{a} must intersect itself");
            Assert.Equal(a.Intersects(b), !(a.IsBelow(b) || b.IsBelow(a)));
            if (a.Intersect(b) is { } common)
            {
                Assert.True(common.Intersects(a) && common.Intersects(b));
            }
        }
    }

    [Fact]
    public void Conversion_to_the_base_unit_and_back_round_trips_for_every_unit()
    {
        var random = new Random(7);
        foreach (var (unit, _) in UnitCatalog.All)
        {
            for (var i = 0; i < 200; i++)
            {
                var x = (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 9));
                var back = Interval.Point(x).Scale(unit.Factor).Scale(1 / unit.Factor);
                Assert.True(back.Contains(x) && Interval.Point(x).Intersects(back), $"{x} {unit.Name} did not round-trip: {back}");
            }
        }
    }

    [Fact]
    public void Every_written_figure_agrees_with_itself_in_every_unit()
    {
        var random = new Random(11);
        var forms = new[] { "{0}", "{{at_least: {0}}}", "{{at_most: {0}}}", "{{approx: {0}}}", "{{approx: {0}, tolerance: 0.25}}", "{{between: [{0}, {1}]}}" };
        for (var i = 0; i < 600; i++)
        {
            var n = Math.Round(random.NextDouble() * 10000, random.Next(0, 3));
            var m = n + Math.Round(random.NextDouble() * 100, 1);
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, forms[i % forms.Length], n, m);
            var figure = ReadFigure(text);
            var (unit, _) = UnitCatalog.All[random.Next(UnitCatalog.All.Count)];
            var interval = FigureIntervals.ToInterval(figure, unit, 0.1);
            Assert.True(interval.Intersects(interval), text);
            Assert.True(interval.Contains(figure.Low * unit.Factor), $"{text} {unit.Name}: {interval} must contain the written number");
        }
    }

    [Theory]
    [InlineData("{at_least: 5}", null, "{at_least: 10}", null, true)]
    [InlineData("{approx: 21}", null, "21", null, true)]           // "some 21" vs 21
    [InlineData("24", "km", "15", "mi", true)]                     // 24 km is within 15 mi rounded to the mile
    [InlineData("24", "km", "20", "km", false)]
    [InlineData("21", null, "{at_least: 25}", null, false)]
    [InlineData("10", null, "{at_least: 5}", null, true)]
    [InlineData("{at_most: 50}", "person", "51", "person", false)]
    [InlineData("{between: [13, 25]}", null, "26", null, false)]
    [InlineData("{between: [13, 25]}", null, "25", null, true)]
    [InlineData("1500", "m", "1.5", "km", true)]
    [InlineData("15.5", "mi", "25", "km", true)]                   // 15.45..15.55 mi = 24.86..25.03 km
    [InlineData("7.5", "percent", "0.08", "fraction", true)]       // 0.075..0.0755 within 0.075..0.085
    [InlineData("2", "hours", "120", "minutes", true)]
    [InlineData("4", "days", "2", "days", false)]
    public void Figures_agree_or_conflict_as_the_spec_says(string a, string? unitA, string b, string? unitB, bool agree)
    {
        var x = FigureIntervals.ToInterval(ReadFigure(a), UnitCatalog.Resolve(unitA), 0.1);
        var y = FigureIntervals.ToInterval(ReadFigure(b), UnitCatalog.Resolve(unitB), 0.1);
        Assert.Equal(agree, x.Intersects(y));
    }

    [Theory]
    [InlineData("2018-11", "2018-11-07", true)]
    [InlineData("2018-10", "2018-11-07", false)]
    [InlineData("2018", "2018-12-31", true)]
    [InlineData("2019", "2018-12-31", false)]
    public void Partial_dates_are_their_whole_span(string a, string b, bool overlap)
    {
        Assert.True(PartialDate.TryParse(a, out var x));
        Assert.True(PartialDate.TryParse(b, out var y));
        Assert.Equal(overlap, DateIntervals.Of(x).Intersects(DateIntervals.Of(y)));
    }

    [Fact]
    public void Units_of_different_dimensions_or_currencies_are_incompatible()
    {
        Assert.False(UnitCatalog.Resolve("USD").IsCompatibleWith(UnitCatalog.Resolve("EUR")));
        Assert.True(UnitCatalog.Resolve("$").IsCompatibleWith(UnitCatalog.Resolve("usd")));
        Assert.False(UnitCatalog.Resolve("km").IsCompatibleWith(UnitCatalog.Resolve("person")));
        Assert.True(UnitCatalog.Resolve("person").IsCompatibleWith(UnitCatalog.Resolve(null)));
        Assert.True(UnitCatalog.Resolve("households").IsCompatibleWith(UnitCatalog.Resolve("Households")));
        Assert.False(UnitCatalog.Resolve("households").IsCompatibleWith(UnitCatalog.Resolve("vehicles")));
        Assert.Equal("km2", UnitCatalog.Resolve("square  kilometres").Name);
    }

    private static Interval RandomInterval(Random random)
    {
        var a = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 7));
        var b = a + random.NextDouble() * Math.Pow(10, random.Next(-2, 5));
        return random.Next(10) switch
        {
            0 => new Interval(a, double.PositiveInfinity),
            1 => new Interval(double.NegativeInfinity, b),
            2 => Interval.Point(a),
            _ => new Interval(a, b),
        };
    }

    private static Figure ReadFigure(string yaml)
    {
        var doc = FactDocument.FromText("f.facts.yaml", "value: " + yaml + "\n");
        var root = (FactLint.Syntax.YamlMapping)doc.Tree.Root!;
        return Figure.TryRead(root.Get("value")) ?? throw new InvalidOperationException("not a figure: " + yaml);
    }
}
