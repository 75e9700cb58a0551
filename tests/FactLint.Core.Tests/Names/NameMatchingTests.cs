using System.IO;
using System.Linq;
using FactLint.Names;
using FactLint.Tests.Support;

namespace FactLint.Tests.Names;

public sealed class NameMatchingTests
{
    private static MatchScores Score(string tsv)
    {
        var pairs = NamePairFile.Parse(File.ReadAllText(tsv), out var errors);
        Assert.Empty(errors);
        var comparer = NameComparer.Default;
        return pairs.Where(p => p.Same.HasValue)
            .Aggregate(MatchScores.Empty, (s, p) => s.Add(comparer.Compare(p.A, p.B, NameComparer.EntityTypeOfGroup(p.Group)).Same, p.Same!.Value));
    }

    [Fact]
    public void OfacBenchmark_meets_the_precision_and_recall_of_the_issue()
    {
        // Person names only: the region column is the group, and no region names an entity type.
        var scores = Score(SharedData.Require("bench/names/pairs_meta.tsv"));
        Assert.Equal(18259, scores.Count);
        Assert.True(scores.Precision >= 0.97, $"precision {scores.Precision:0.000} < 0.97 ({scores})");
        Assert.True(scores.Recall >= 0.85, $"recall {scores.Recall:0.000} < 0.85 ({scores})");
    }

    [Fact]
    public void Newsroom_set_of_people_places_organisations_and_agencies_is_matched()
    {
        var path = Path.Combine(System.AppContext.BaseDirectory, "Names", "Data", "newsroom-names.tsv");
        var scores = Score(path);
        Assert.True(scores.Count >= 500, $"only {scores.Count} pairs");
        Assert.True(scores.Precision >= 0.99, $"precision {scores.Precision:0.000} ({scores})");
        Assert.True(scores.Recall >= 0.98, $"recall {scores.Recall:0.000} ({scores})");
    }

    [Theory]
    [InlineData("Gulmurod Khalimov", "Gulmurod Halimov")]
    [InlineData("Vahdat", "Vakhdat")]
    [InlineData("Amaq News Agency", "Aamaq News Agency")]
    [InlineData("Eva Merkacheva", "Eva Mercacheva")]
    [InlineData("Dmitry Sergeyevich Peskov", "Dmitriy Peskov")]
    [InlineData("Dzmitry Lukashenka", "Dmitry Lukashenko")]
    [InlineData("Abd al-Rahman Muhammad", "Abdulrahman Mohammed")]
    [InlineData("Ryauzov Denis Jurjevich", "Denis Ryauzov")]
    [InlineData("Cabdiraxman Maxamed Cumar", "Abdirahman Mohamed Omar")]
    public void Transliteration_variants_are_the_same_name(string a, string b) =>
        Assert.True(NameComparer.Default.Compare(a, b).Same, NameComparer.Default.Compare(a, b).Reason);

    [Theory]
    [InlineData("Gulmurod Khalimov", "Bekhruz Gulmurod", null)]
    [InlineData("Saddam Hussein", "Uday Saddam Hussein", null)]
    [InlineData("Mohammed Bagheri", "Mohammad Baseri", null)]
    [InlineData("Ali Hassan", "Hassan Ali", null)]
    [InlineData("Islamic State", "Islamic State Khorasan Province", "organization")]
    [InlineData("Ministry of Justice", "Ministry of Internal Affairs", "organization")]
    public void Similar_but_distinct_names_are_kept_apart(string a, string b, string? type) =>
        Assert.False(NameComparer.Default.Compare(a, b, type).Same);

    [Fact]
    public void A_newsroom_equivalence_joins_what_the_built_in_rules_keep_apart()
    {
        Assert.False(NameComparer.Default.Compare("Umar Said", "Omar Said").Same && NameComparer.Default.Compare("Musa Tarah", "Musa Tarak").Same);
        var styled = new NameComparer(NameSettings.Default with { Equivalences = new[] { new NameEquivalence("k", "h") } });
        Assert.True(styled.Compare("Musa Tarah", "Musa Tarak").Same);
    }

    [Fact]
    public void Candidate_generation_finds_variants_without_comparing_every_pair()
    {
        var random = new System.Random(7);
        string Word() => string.Concat(Enumerable.Range(0, 3).Select(_ => "ka ri mo lu ten sar vi dan ot bek zu fa".Split(' ')[random.Next(12)]));
        var spellings = Enumerable.Range(0, 2000).Select(_ => char.ToUpperInvariant(Word()[0]) + Word() + " " + char.ToUpperInvariant(Word()[0]) + Word()).Distinct().Concat(new[] { "Gulmurod Khalimov", "Gulmurod Halimov", "Bekhruz Gulmurod" }).ToList();
        var clusters = NameClusters.Build(spellings, NameComparer.Default, out var comparisons);
        Assert.Contains(clusters, c => c.Select(i => spellings[i]).OrderBy(s => s).SequenceEqual(new[] { "Gulmurod Halimov", "Gulmurod Khalimov" }));
        Assert.DoesNotContain(clusters, c => c.Any(i => spellings[i] == "Bekhruz Gulmurod"));
        Assert.True(comparisons < (long)spellings.Count * spellings.Count / 2 / 10, $"{comparisons} comparisons");
    }
}
