using System;
using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Analyzers.Tests.Support;
using FactLint.Diagnostics;
using FactLint.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Tests;

/// <summary>What the compiler and the IDE learn about each rule, and the release files that list them.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] Supported = CompilerLikeAnalyzerLoader.Analyzers.Single().SupportedDiagnostics.ToArray();

    [Fact]
    public void Every_rule_of_the_engine_is_supported_with_its_title_category_severity_and_help_link()
    {
        Assert.Equal(RuleCatalog.Default.Rules.Select(r => r.Id), Supported.Select(d => d.Id));
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var d = Supported.Single(s => s.Id == rule.Id);
            Assert.Equal(rule.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Descriptor.Category, d.Category);
            Assert.Equal(rule.Descriptor.DefaultSeverity, d.DefaultSeverity);
            Assert.Equal($"https://github.com/factlint/factlint/blob/main/docs/rules/{rule.Id}.md", d.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(SharedData.RepositoryRoot, "docs", "rules", rule.Id + ".md")), $"{rule.Id}'s help link points at a page that does not exist");
            Assert.Contains(rule.Name, d.CustomTags);
        }
    }

    [Fact]
    public void Rules_that_need_the_whole_corpus_are_tagged_compilation_end_and_per_file_rules_are_not()
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var tagged = Supported.Single(s => s.Id == rule.Id).CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);
            var expected = rule is CorpusRule || rule.Id is "FL9001" or "FL0001";
            Assert.True(tagged == expected, $"{rule.Id}: CompilationEnd tag {(tagged ? "present" : "missing")}");
        }
    }

    [Fact]
    public void The_unshipped_release_file_lists_every_rule_as_the_catalog_defines_it()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "src", "FactLint.Analyzers", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(path)
            .Where(l => l.StartsWith("FL", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToArray();
        var expected = RuleCatalog.Default.Rules
            .Select(r => $"{r.Id} {r.Descriptor.Category} {r.Descriptor.DefaultSeverity} {r.Name}")
            .ToArray();
        var actual = rows.Select(c => $"{c[0]} {c[1]} {c[2]} {c[3].Split(',')[0]}").ToArray();
        Assert.Equal(expected, actual);

        var shipped = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "src", "FactLint.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.DoesNotContain(shipped, l => l.StartsWith("FL", StringComparison.Ordinal) && actual.Any(a => a.StartsWith(l.Split('|')[0].Trim() + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Hint_is_hidden_in_the_build()
    {
        Assert.Equal(DiagnosticSeverity.Hidden, Supported.Single(d => d.Id == "FL3004").DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Hidden, Severity.Hint.ToRoslyn());
    }
}
