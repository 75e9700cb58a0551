using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactLint.Tests.Support;

namespace FactLint.Tests.Docs;

/// <summary>
/// The engine's namespaces form layers, not a knot: Syntax and Diagnostics at the bottom, Config
/// and Analysis above them, the rules on top — so a rule's folder can change without touching
/// the driver, and the driver without the rules. Read from the sources: a namespace that uses
/// another (by a using directive or a qualified name) depends on it; no dependency may lead back.
/// </summary>
public sealed partial class LayeringTests
{
    [Fact]
    public void The_engines_namespaces_have_no_dependency_cycle()
    {
        var core = Path.Combine(SharedData.RepositoryRoot, "src", "FactLint.Core");
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var files = Directory.GetFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var ns = Namespace().Match(text);
            if (!ns.Success)
            {
                continue;
            }

            var from = Layer(ns.Groups[1].Value);
            var used = Using().Matches(text).Select(m => m.Groups[1].Value).Concat(Qualified().Matches(text).Select(m => m.Groups[1].Value));
            foreach (var to in used.Select(Layer).Where(l => l != from))
            {
                if (!edges.TryGetValue(from, out var set))
                {
                    edges[from] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(to);
            }
        }

        Assert.True(edges.Count > 5, "the sources should have been read");
        foreach (var (from, targets) in edges)
        {
            foreach (var to in targets)
            {
                Assert.False(Reaches(edges, to, from), $"{from} uses {to}, and {to} leads back to {from}: a namespace cycle");
            }
        }
    }

    /// <summary>FactLint.Rules.Figures stays itself (one folder per category); other namespaces count at their first level.</summary>
    private static string Layer(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length > 2 && parts[1] == "Rules" ? string.Join('.', parts.Take(3)) : string.Join('.', parts.Take(2));
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> edges, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var stack = new Stack<string>(new[] { from });
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (x == target)
            {
                return true;
            }

            foreach (var y in edges.GetValueOrDefault(x, new HashSet<string>()))
            {
                if (seen.Add(y))
                {
                    stack.Push(y);
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^namespace (FactLint[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using (FactLint[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\b(FactLint\.(?:Rules\.\w+|\w+))\.[A-Z]\w*")]
    private static partial Regex Qualified();
}
