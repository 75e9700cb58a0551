using System.Linq;
using FactLint.Tests.Support;

namespace FactLint.Tests.Rules;

public sealed class SuppressionTests
{
    private const string Claim = "factlint: 1\nclaims:\n  - subject: nobody\n    property: p\n    value: 1\n    sources: []  # factlint-disable-line FL2001\n";

    [Fact]
    public void Next_line_line_and_file_suppressions_silence_their_rule_only_where_they_apply()
    {
        var nextLine = Claim.Replace("  - subject", "  # factlint-disable-next-line FL1004 -- reason\n  - subject");
        Assert.Empty(Lint.Files(("a.facts.yaml", nextLine)));

        var sameLine = Claim.Replace("subject: nobody", "subject: nobody  # factlint-disable-line FL1004");
        Assert.Empty(Lint.Files(("a.facts.yaml", sameLine)));

        var file = "# factlint-disable-file FL1004\n" + Claim;
        Assert.Empty(Lint.Files(("a.facts.yaml", file)));

        var wrongLine = "# factlint-disable-next-line FL1004\n" + Claim;
        var found = Lint.Summaries(Lint.Files(("a.facts.yaml", wrongLine)));
        Assert.Equal(new[] { "a.facts.yaml:1:30-1:36 FL9001", "a.facts.yaml:4:14-4:20 FL1004" }, found);
    }

    [Fact]
    public void FL9001_reports_unused_unknown_and_empty_suppressions_with_removal_fixes()
    {
        var text = "sources: []  # factlint-disable-line FL1004, FL1005\n# factlint-disable-file FL7777\n# factlint-disable-next-line\n";
        var found = Lint.Files(("a.facts.yaml", text)).Where(d => d.Id == "FL9001").ToList();
        Assert.Equal(3, found.Count);
        Assert.Equal("a.facts.yaml:1:38-1:44 FL9001", Lint.Where(found[0]));
        Assert.Contains("unused", found[0].Message);
        Assert.Contains("not a FactLint rule id", found[1].Message);
        Assert.Contains("names no rule", found[2].Message);

        // Removing one id of two keeps the other; removing a whole-line comment removes the line.
        var fixedText = Apply(text, found[0]);
        Assert.StartsWith("sources: []  # factlint-disable-line FL1005\n", fixedText);
        Assert.Equal(text.Replace("# factlint-disable-file FL7777\n", string.Empty), Apply(text, found[1]));
    }

    [Fact]
    public void A_suppression_of_a_rule_turned_off_is_not_reported()
    {
        var config = new FactLint.Config.FactLintConfig { RuleSeverities = new System.Collections.Generic.Dictionary<string, FactLint.Diagnostics.Severity?> { ["FL1004"] = null } };
        var text = "factlint: 1 # factlint-disable-line FL1004\n";
        Assert.Empty(Lint.Files(config, ("a.facts.yaml", text)));
    }

    private static string Apply(string text, FactLint.Diagnostics.Diagnostic d)
    {
        var edit = Assert.Single(Assert.Single(d.Fixes).Edits);
        return text.Substring(0, edit.Span.Start) + edit.NewText + text.Substring(edit.Span.End);
    }
}
