using System.Linq;
using FactLint.Corpus;
using FactLint.Model;

namespace FactLint.Tests.Corpus;

public sealed class CorpusIndexTests
{
    [Fact]
    public void Replacing_or_removing_one_document_updates_only_its_ids()
    {
        var corpus = new FactCorpus(new[]
        {
            FactDocument.FromText("a.facts.yaml", "factlint: 1\nsources:\n  - id: s1\n    title: T\n    url: https://x.org\n"),
            FactDocument.FromText("b.facts.yaml", "factlint: 1\nproperties:\n  - id: killed\nclaims:\n  - id: c1\n    subject: e\n    property: injured\n    value: 1\n"),
        });
        Assert.Equal(RecordKind.Source, Assert.Single(corpus.Index.Records("s1")).Kind);
        Assert.True(corpus.Index.IsKnownProperty("killed"));
        Assert.True(corpus.Index.IsKnownProperty("injured"));

        corpus.SetDocument(FactDocument.FromText("b.facts.yaml", "factlint: 1\nclaims:\n  - id: c2\n    subject: e\n    property: wounded\n    value: 1\n"));
        Assert.Empty(corpus.Index.Records("c1"));
        Assert.Single(corpus.Index.Records("c2"));
        Assert.False(corpus.Index.IsKnownProperty("killed"));
        Assert.False(corpus.Index.IsKnownProperty("injured"));
        Assert.True(corpus.Index.IsKnownProperty("wounded"));
        Assert.Single(corpus.Index.Records("s1"));

        Assert.True(corpus.RemoveDocument("a.facts.yaml"));
        Assert.Empty(corpus.Index.Records("s1"));
        Assert.Equal(1, corpus.Count);
    }

    /// <summary>A property named by several claims, in several files, stays known until the last claim naming it goes; the index lists properties as one built from scratch does.</summary>
    [Fact]
    public void A_property_is_known_while_any_claim_names_it()
    {
        static FactDocument File(string path, params string[] properties) =>
            FactDocument.FromText(path, "factlint: 1\nclaims:\n" + string.Concat(properties.Select(p => $"  - subject: e\n    property: {p}\n    value: 1\n")));

        var corpus = new FactCorpus(new[] { File("a.facts.yaml", "killed", "injured", "killed"), File("b.facts.yaml", "killed", "missing") });
        Assert.Equal(new[] { "killed", "injured", "missing" }, corpus.Index.PropertyIds());

        corpus.SetDocument(File("a.facts.yaml", "injured"));
        Assert.True(corpus.Index.IsKnownProperty("killed"));
        corpus.RemoveDocument("b.facts.yaml");
        Assert.False(corpus.Index.IsKnownProperty("killed"));
        Assert.False(corpus.Index.IsKnownProperty("missing"));
        Assert.True(corpus.Index.IsKnownProperty("injured"));

        corpus.SetDocument(File("b.facts.yaml", "killed", "killed"));
        corpus.SetDocument(File("b.facts.yaml", "missing"));
        Assert.False(corpus.Index.IsKnownProperty("killed"));
        Assert.Equal(new FactCorpus(corpus.Documents).Index.PropertyIds().OrderBy(p => p, System.StringComparer.Ordinal), corpus.Index.PropertyIds().OrderBy(p => p, System.StringComparer.Ordinal));
    }
}
