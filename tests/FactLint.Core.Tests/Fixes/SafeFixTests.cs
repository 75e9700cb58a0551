using System;
using System.Linq;
using FactLint.Diagnostics;
using FactLint.Fixes;
using FactLint.Tests.Support;

namespace FactLint.Tests.Fixes;

/// <summary>
/// Every fix marked safe, applied by the fix loop: the file afterwards is the file before with
/// exactly the named change — every other byte (comments, spacing, quoting, CRLF) identical.
/// </summary>
public sealed class SafeFixTests
{
    private const string People =
        "factlint: 1\r\n" +
        "# people of the 2019 riot\r\n" +
        "entities:\r\n" +
        "  - id: gulmurod-khalimov   # the commander\r\n" +
        "    type: person\r\n" +
        "    name: Gulmurod Khalimov\r\n" +
        "  - id: riot\r\n" +
        "    type: event\r\n" +
        "    name: 'Vahdat riot'\r\n";

    private static string Claim(string note) =>
        "factlint: 1\r\n" +
        "sources:\r\n" +
        "  - {id: src, title: Riot, url: https://s.example}   # kept as is\r\n" +
        "claims:\r\n" +
        "  - id: c1\r\n" +
        "    subject: riot\r\n" +
        "    property: killed\r\n" +
        "    value: 29\r\n" +
        "    note: " + note + "\r\n" +
        "    sources:\r\n" +
        "      - source: src\r\n" +
        "        quote: \"29 dead\"\r\n";

    private static void AssertOnlySafeFixes(Fixing run, string rule, string key)
    {
        Assert.NotEmpty(run.Result.Applied);
        Assert.All(run.Result.Applied, a => Assert.Equal(rule, a.RuleId));
        Assert.Contains(run.Findings, d => d.Id == rule && d.Fixes.Any(f => f.EquivalenceKey == key && f.IsSafe));
    }

    private sealed record Fixing(System.Collections.Generic.Dictionary<string, string> Texts, FixResult Result, System.Collections.Generic.IReadOnlyList<Diagnostic> Findings);

    private static Fixing Run(params (string Path, string Text)[] files)
    {
        var findings = Lint.Files(files);
        var (texts, result) = Fix.Run(FixPolicy.Safe, files);
        return new Fixing(texts, result, findings);
    }

    [Fact]
    public void FL1005_add_inserts_only_the_version_line()
    {
        var text = "# a comment that stays\r\nsources:\r\n  - {id: s, title: T, url: https://s.example}\r\n";
        var run = Run(("a.facts.yaml", text));
        AssertOnlySafeFixes(run, "FL1005", "FL1005.add");
        Assert.Equal("# a comment that stays\r\nfactlint: 1\r\nsources:\r\n  - {id: s, title: T, url: https://s.example}\r\n", run.Texts["a.facts.yaml"]);
    }

    [Fact]
    public void FL4001_use_canonical_changes_only_the_word_in_the_note()
    {
        var claims = Claim("\"Halimov's son led it: see the report\"  # the comment stays");
        var run = Run(("p.facts.yaml", People), ("c.facts.yaml", claims));
        AssertOnlySafeFixes(run, "FL4001", "FL4001.use-canonical");
        Assert.Equal(People, run.Texts["p.facts.yaml"]);
        Assert.Equal(claims.Replace("Halimov's", "Khalimov's", StringComparison.Ordinal), run.Texts["c.facts.yaml"]);
    }

    [Fact]
    public void FL4004_retype_changes_only_the_stray_letter_in_an_entity_name()
    {
        var people = People.Replace("name: Gulmurod Khalimov", "name: Gulmur\u043Ed Khalimov", StringComparison.Ordinal);
        var run = Run(("p.facts.yaml", people));
        AssertOnlySafeFixes(run, "FL4004", "FL4004.retype");
        Assert.Equal(People, run.Texts["p.facts.yaml"]);
    }

    [Fact]
    public void FL9001_remove_takes_out_only_the_unused_comment_or_rule_id()
    {
        var claims = Claim("an early count") .Replace("    value: 29\r\n", "    value: 29  # factlint-disable-line FL3001, FL2004\r\n", StringComparison.Ordinal);
        var run = Run(("p.facts.yaml", People), ("c.facts.yaml", claims));
        AssertOnlySafeFixes(run, "FL9001", "FL9001.remove");
        Assert.Equal(Claim("an early count"), run.Texts["c.facts.yaml"]);
        Assert.Equal(People, run.Texts["p.facts.yaml"]);
    }
}
