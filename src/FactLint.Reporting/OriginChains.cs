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
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
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
        int Depth(string id, int guard)
        {
            if (depth.TryGetValue(id, out var known))
            {
                return known;
            }

            // A relies_on cycle (FL2007 reports it) must not loop here: past the corpus's size, stop.
            var d = guard > sources.Count || !sources.TryGetValue(id, out var s) || s.Record.ReliesOn.Count == 0
                ? 0
                : 1 + s.Record.ReliesOn.Max(r => Depth(r.Id, guard + 1));
            depth[id] = d;
            return d;
        }

        var chains = new List<OriginChain>();
        foreach (var component in parent.Keys.GroupBy(Find).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(limits.Chains))
        {
            var members = new HashSet<string>(component, StringComparer.Ordinal);
            var nodes = members.OrderBy(m => m, StringComparer.Ordinal).Select(m => sources.TryGetValue(m, out var s)
                    ? new OriginNode(m, s.Record.Publisher?.Value ?? s.Record.Title?.Value ?? m, Depth(m, 0), ReportBuilder.Where(s.Doc, s.Record.IdNode.Span))
                    : new OriginNode(m, m + " (not defined)", 0, default))
                .ToList();
            var origins = nodes.Where(n => n.Depth == 0).Select(n => n.Id).ToList();
            var relayed = findings.Where(f => f.Id == FactLint.Rules.Sourcing.SingleOriginRule.Definition.Id && origins.Any(o => f.Message.Contains($"one origin, '{o}'", StringComparison.Ordinal)))
                .Select(f => $"{ReportBuilder.Where(f.Location)}: {f.Message}")
                .ToList();
            chains.Add(new OriginChain(nodes, links.Where(l => members.Contains(l.From)).ToList(), relayed));
        }

        return chains;
    }
}
