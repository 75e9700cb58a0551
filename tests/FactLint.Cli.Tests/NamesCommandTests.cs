using System.Linq;
using System.Text.Json;

namespace FactLint.Cli.Tests;

public sealed class NamesCommandTests
{
    [Fact]
    public void Pairs_are_decided_and_labelled_files_are_scored()
    {
        using var cli = new CliRunner();
        cli.Write("pairs.tsv", "name_a\tname_b\tsame\n Gulmurod Khalimov\tGulmurod Halimov\t1\nGulmurod Khalimov\tBekhruz Gulmurod\t0\nVahdat\tVakhdat\t1\n");
        var (exit, output, _) = cli.Run("names", "--pairs", "pairs.tsv", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var pairs = json.RootElement.GetProperty("pairs").EnumerateArray().ToList();
        Assert.Equal(3, pairs.Count);
        Assert.True(pairs[0].GetProperty("same").GetBoolean());
        Assert.False(pairs[1].GetProperty("same").GetBoolean());
        Assert.True(pairs[0].GetProperty("score").GetDouble() is > 0.9 and <= 1);
        Assert.Equal(1.0, json.RootElement.GetProperty("scores").GetProperty("precision").GetDouble());

        var text = cli.Run("names", "--pairs", "pairs.tsv").Out;
        Assert.Contains("3 labelled pairs (2 same, 1 different)", text, System.StringComparison.Ordinal);

        cli.Write("bad.tsv", "only one column\n");
        Assert.Equal(2, cli.Run("names", "--pairs", "bad.tsv").Exit);
    }

    [Fact]
    public void Compare_explains_the_decision()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run("names", "--compare", "Abd al-Rahman Khalimov", "Abdurrahman Halimov");
        Assert.Equal(0, exit);
        Assert.StartsWith("same", output, System.StringComparison.Ordinal);
        Assert.Contains("Khalimov [Halimov, key lmf]", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_is_clustered_with_counts_and_places()
    {
        using var cli = new CliRunner();
        cli.Write("people.facts.yaml", "factlint: 1\nentities:\n  - {id: k, type: person, name: Gulmurod Khalimov}\n  - {id: b, type: person, name: Bekhruz Gulmurod}\n");
        cli.Write("notes.facts.yaml", "factlint: 1\nsources:\n  - {id: s, title: Halimov and Halimov's son, url: https://s.example}\n");
        var (exit, output, _) = cli.Run("names", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var cluster = Assert.Single(json.RootElement.GetProperty("clusters").EnumerateArray());
        var spellings = cluster.GetProperty("spellings").EnumerateArray().Select(s => (s.GetProperty("text").GetString(), s.GetProperty("count").GetInt32())).ToList();
        Assert.Equal(new[] { ("Halimov", 2), ("Khalimov", 1) }, spellings);
    }
}
