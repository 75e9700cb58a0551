using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Rules;
using FactLint.Tests.Support;

namespace FactLint.Tests.Docs;

/// <summary>Keeps rule descriptors, docs/rules pages and the README's rule table from drifting apart.</summary>
public sealed class RuleDocsTests
{
    [Fact]
    public void Every_rule_has_a_page_whose_heading_and_severity_match_its_descriptor()
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var page = Path.Combine(SharedData.RepositoryRoot, "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id} has no docs page at docs/rules/{rule.Id}.md");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {rule.Id} {rule.Name}\n", text);
            var severity = SeverityNames.FromRoslyn(rule.Descriptor.DefaultSeverity).ToName();
            Assert.Contains($"**Default severity:** {severity}", text);
            Assert.EndsWith($"docs/rules/{rule.Id}.md", rule.Descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void The_readme_rule_table_lists_every_rule_and_every_spec_id()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            Assert.Contains($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Name} |", readme);
        }

        foreach (var id in SpecRuleIds.All.Where(id => RuleCatalog.Default.Find(id) == null))
        {
            Assert.Contains($"| {id} |", readme);
        }
    }

    [Fact]
    public void Rule_ids_are_unique_and_in_the_spec_ranges()
    {
        var ids = RuleCatalog.Default.Rules.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^FL[0-9]{4}$", id));
    }
}
