using System;
using System.Linq;
using System.Reflection;
using FactLint.Analysis;

namespace FactLint.Tests.Analysis;

/// <summary>The catalog lists its rules instead of scanning the assembly at start-up; the list must hold every rule there is.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void The_listed_rules_are_every_rule_type_of_the_engine()
    {
        var found = typeof(Rule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null)
            .Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var listed = RuleCatalog.Default.Rules.Select(r => r.GetType().FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(found, listed);
        Assert.Equal(listed.Count, RuleCatalog.Default.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Rules_are_found_by_id_whatever_the_case()
    {
        Assert.Equal("FL3001", RuleCatalog.Default.Find("fl3001")?.Id);
        Assert.Null(RuleCatalog.Default.Find("FL0000"));
    }
}
