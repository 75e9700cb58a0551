using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Reporting.Views;

namespace FactLint.Reporting;

/// <summary>
/// Sources joined by relies_on, one chain per connected set (who relays whom), each source placed
/// by its distance from the origin it relays. The claims FL2007 found resting on one origin are
/// listed with the chain of that origin.
/// </summary>
internal static class OriginChains
{
    public static List<OriginChain> Of(FactCorpus corpus, IReadOnlyList<Diagnostic> findings, ReportLimits limits)
    {
        var sources = new Dictionary<string, (FactDocument Doc, FactLint.Model.SourceRecord Record)>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            foreach (var s in doc.Model.Sources)
            {
                sources.TryAdd(s.Id, (doc, s));
            }
        }

        var links = new List<(string From, string To)>();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            // Path halving: a chain of 20,000 relays must not make every lookup walk it.
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                var grand = parent[p];
                parent[x] = grand;
                x = grand;
            }

            return x;
        }

        foreach (var (id, (_, record)) in sources)
        {
            foreach (var target in record.ReliesOn)
            {
                links.Add((id, target.Id));
                parent.TryAdd(id, id);
                parent.TryAdd(target.Id, target.Id);
                parent[Find(id)] = Find(target.Id);
            }
        }

        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        int Depth(string id)
        {
            ComputeDepths(id, sources, depth);
            return depth[id];
        }

        var chains = new List<OriginChain>();
        foreach (var component in parent.Keys.GroupBy(Find).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(limits.Chains))
        {
            var members = new HashSet<string>(component, StringComparer.Ordinal);
            var all = members.OrderBy(m => m, StringComparer.Ordinal).Select(m => sources.TryGetValue(m, out var s)
                    ? new OriginNode(m, s.Record.Publisher?.Value ?? s.Record.Title?.Value ?? m, Depth(m), ReportBuilder.Where(s.Doc, s.Record.IdNode.Span))
                    : new OriginNode(m, m + " (not defined)", 0, default))
                .ToList();
            var origins = all.Where(n => n.Depth == 0).Select(n => n.Id).ToList();
            var relayed = findings.Where(f => f.Id == FactLint.Rules.Sourcing.SingleOriginRule.Definition.Id && origins.Any(o => f.Message.Contains($"one origin, '{o}'", StringComparison.Ordinal)))
                .Select(f => $"{ReportBuilder.Where(f.Location)}: {f.Message}")
                .ToList();
            // A chain is drawn from its origins outwards, as far as a reader can follow it; the rest is counted.
            var nodes = all.OrderBy(n => n.Depth).ThenBy(n => n.Id, StringComparer.Ordinal).Take(limits.SourcesPerChain).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            var drawn = new HashSet<string>(nodes.Select(n => n.Id), StringComparer.Ordinal);
            chains.Add(new OriginChain(nodes, links.Where(l => drawn.Contains(l.From) && drawn.Contains(l.To)).ToList(), relayed) { Hidden = all.Count - nodes.Count });
        }

        return chains;
    }

    /// <summary>
    /// Links from <paramref name="start"/> to the furthest origin, for it and every source it
    /// reaches: an explicit stack (chains can be thousands long) and a link back into the chain
    /// being walked — a relies_on cycle, FL2007's finding — counted as ending there.
    /// </summary>
    private static void ComputeDepths(string start, Dictionary<string, (FactDocument Doc, FactLint.Model.SourceRecord Record)> sources, Dictionary<string, int> depth)
    {
        var onStack = new HashSet<string>(StringComparer.Ordinal) { start };
        var stack = new List<(string Id, int Next)> { (start, 0) };
        while (stack.Count > 0)
        {
            var (id, next) = stack[stack.Count - 1];
            var reliesOn = sources.TryGetValue(id, out var s) ? s.Record.ReliesOn : (IReadOnlyList<FactLint.Model.IdReference>)Array.Empty<FactLint.Model.IdReference>();
            if (depth.ContainsKey(id))
            {
                onStack.Remove(id);
                stack.RemoveAt(stack.Count - 1);
                continue;
            }

            if (next < reliesOn.Count)
            {
                stack[stack.Count - 1] = (id, next + 1);
                var target = reliesOn[next].Id;
                if (!depth.ContainsKey(target) && onStack.Add(target))
                {
                    stack.Add((target, 0));
                }

                continue;
            }

            var d = 0;
            foreach (var r in reliesOn)
            {
                if (depth.TryGetValue(r.Id, out var further))
                {
                    d = Math.Max(d, further + 1);
                }
            }

            depth[id] = d;
            onStack.Remove(id);
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
