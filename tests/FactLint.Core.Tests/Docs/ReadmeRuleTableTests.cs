using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Tests.Support;

namespace FactLint.Tests.Docs;

/// <summary>The README's rule table says what each rule is, by the rules themselves: name, default severity and the kinds of fix.</summary>
public sealed class ReadmeRuleTableTests
{
    [Fact]
    public void Every_rule_row_matches_the_rule()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        var rows = Regex.Matches(readme, @"^\| \[(FL\d{4})\]\([^)]*\) \| ([a-z-]+) \| (\w+) \|([^|]*)\|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (Name: m.Groups[2].Value, Severity: m.Groups[3].Value, Fix: m.Groups[4].Value.Trim()));
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            Assert.True(rows.TryGetValue(rule.Id, out var row), $"{rule.Id} has no row in the README's rule table");
            Assert.Equal(rule.Name, row.Name);
            Assert.Equal(Diagnostic.DefaultSeverity(rule.Descriptor).ToName(), row.Severity);
            Assert.Equal(rule.FixKinds.Describe(), row.Fix);
        }
    }
}
