using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace FactLint.Cli.Tests;

/// <summary>The CI formats' regressions, by name: one base for paths, counts a consumer can trust.</summary>
[Collection("cwd")]
public sealed class CiOutputRegressionTests
{
    private const string Corpus =
        "factlint: 1\n" +
        "sources:\n  - {id: g, title: Ferry, archive: archive/g.txt}\n" +
        "entities:\n  - {id: ferry, type: event, name: Ferry}\n" +
        "claims:\n  - {id: c, subject: ferry, property: waited, value: 3, unit: hours, sources: [{source: g, quote: \"waited nearly three hours\"}]}\n";

    private static CliRunner Workspace()
    {
        var cli = new CliRunner();
        cli.Write("facts/a.facts.yaml", Corpus);
        cli.Write("facts/clean.facts.yaml", "factlint: 1\nentities:\n  - {id: town, type: place, name: Town}\n");
        cli.Write("facts/archive/g.txt", "The passengers waited almost three hours for the tug.");
        return cli;
    }

    [Fact]
    public void Sarif_locates_an_archive_of_a_corpus_in_a_subfolder_where_it_is()
    {
        using var cli = Workspace();
        var (_, output, _) = cli.Run("lint", "facts", "--format", "sarif");
        using var sarif = JsonDocument.Parse(output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "FL2003");
        Assert.Equal("facts/a.facts.yaml", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var related = result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("facts/archive/g.txt", related);
        Assert.True(File.Exists(Path.Combine(cli.Root, related!)));
    }

    [Fact]
    public void Junit_counts_every_testcase_and_uses_the_same_paths_as_sarif()
    {
        using var cli = Workspace();
        var (_, output, _) = cli.Run("lint", "facts", "--format", "junit");
        var xml = XDocument.Parse(output);
        var root = xml.Root!;
        Assert.Equal(root.Descendants("testcase").Count(), int.Parse(root.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var suite in root.Elements("testsuite"))
        {
            Assert.Equal(suite.Elements("testcase").Count(), int.Parse(suite.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Contains(root.Elements("testsuite"), s => s.Attribute("name")!.Value == "facts/a.facts.yaml");
    }
}
