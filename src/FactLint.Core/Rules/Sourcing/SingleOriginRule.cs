using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using Microsoft.CodeAnalysis.Text;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Model;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Sourcing;

/// <summary>
/// FL2007 single-origin: a claim cited by two or more sources that all relay one origin (following
/// <c>relies_on</c> transitively) has one source, not several. A cycle in relies_on is reported
/// where it closes, and is never followed round.
/// </summary>
public sealed class SingleOriginRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL2007", "single-origin", "Sources relay a single origin", RuleCategories.Sourcing, Severity.Info,
        "A claim cites two or more sources, but following relies_on they all relay one origin: the claim has one independent source. Also reports relies_on cycles.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override void Analyze(CorpusAnalysisContext context)
    {
        // The relies_on graph depends on the sources alone: while no source changed, its cycles are
        // the last pass's, and so is what it says of a file whose claims did not change.
        SourceOrigins? model = null;
        SourceOrigins Origins()
        {
            if (model == null)
            {
                model = context.Previous<SourceOrigins>(CorpusAspects.Sources) ?? SourceOrigins.Build(context);
                context.Remember(CorpusAspects.Sources, model);
            }

            return model;
        }

        context.Once(Definition.Id + " cycles", CorpusAspects.Sources, Array.Empty<object?>(), () =>
        {
            foreach (var (doc, span, message) in Origins().Cycles)
            {
                context.Report(doc, span, message);
            }
        });

        context.ForEachDocument(CorpusAspects.Sources, doc =>
        {
            var origins = Origins();
            foreach (var claim in doc.Model.Claims)
            {
                if (claim.Citations.Length < 2)
                {
                    continue; // most claims cite one source: no query, no list
                }

                var cited = claim.Citations.Where(c => c.Source != null && origins.Graph.ContainsKey(c.Source.Id)).Select(c => c.Source!.Id).Distinct(StringComparer.Ordinal).ToList();
                if (cited.Count < 2)
                {
                    continue;
                }

                var union = new HashSet<string>(StringComparer.Ordinal);
                foreach (var s in cited)
                {
                    union.UnionWith(origins.Origins[s]);
                }

                if (union.Count != 1 || !claim.Node.TryGetEntry("sources", out var entry))
                {
                    continue;
                }

                var origin = union.First();
                var relays = cited.Where(s => s != origin).Select(s => $"'{s}'").ToList();
                var verb = relays.Count == 1 ? "relays" : "relay";
                context.Report(doc, entry.Key.Span, $"All {cited.Count} sources of this claim go back to one origin, '{origin}' ({string.Join(", ", relays)} {verb} it): reports of one statement are one source. Cite '{origin}' directly, or add an independent source.");
            }
        });
    }

    /// <summary>Where each source's reports come from, following relies_on, and the cycles met on the way.</summary>
    private sealed class SourceOrigins
    {
        public Dictionary<string, (FactDocument Doc, SourceRecord Source)> Graph { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> Origins { get; } = new(StringComparer.Ordinal);

        public List<(FactDocument Doc, TextSpan Span, string Message)> Cycles { get; } = new();

        public static SourceOrigins Build(CorpusAnalysisContext context)
        {
            var model = new SourceOrigins();
            foreach (var doc in context.Documents)
            {
                foreach (var s in doc.Model.Sources)
                {
                    if (!model.Graph.ContainsKey(s.Id))
                    {
                        model.Graph[s.Id] = (doc, s);
                    }
                }
            }

            foreach (var id in model.Graph.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                Resolve(model, id);
            }

            return model;
        }
    }

    /// <summary>Origins of every source reachable from <paramref name="start"/>, by an explicit-stack DFS (chains can be long); back edges are cycles.</summary>
    private static void Resolve(SourceOrigins model, string start)
    {
        var graph = model.Graph;
        var origins = model.Origins;
        if (origins.ContainsKey(start))
        {
            return;
        }

        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new List<(string Id, int Next)> { (start, 0) };
        onStack.Add(start);
        while (stack.Count > 0)
        {
            var (id, next) = stack[stack.Count - 1];
            var reliesOn = graph.TryGetValue(id, out var node) ? node.Source.ReliesOn : (IReadOnlyList<IdReference>)Array.Empty<IdReference>();
            if (next < reliesOn.Count)
            {
                stack[stack.Count - 1] = (id, next + 1);
                var target = reliesOn[next].Id;
                if (onStack.Contains(target))
                {
                    var from = stack.FindIndex(f => f.Id == target);
                    var cycle = string.Join(" \u2192 ", stack.Skip(from).Select(f => f.Id).Concat(new[] { target }));
                    model.Cycles.Add((node.Doc, reliesOn[next].Node.Span, $"relies_on forms a cycle ({cycle}): a source cannot relay what it reports itself. Remove the link that is wrong."));
                }
                else if (!origins.ContainsKey(target) && graph.ContainsKey(target))
                {
                    stack.Add((target, 0));
                    onStack.Add(target);
                }

                continue;
            }

            // All of id's links are resolved: its origins are theirs, or itself when it relays nothing.
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in reliesOn)
            {
                if (origins.TryGetValue(r.Id, out var o))
                {
                    set.UnionWith(o);
                }
                else if (!graph.ContainsKey(r.Id))
                {
                    set.Add(r.Id); // an unknown id (FL1004) still names one origin
                }
            }

            if (set.Count == 0)
            {
                set.Add(id);
            }

            origins[id] = set;
            onStack.Remove(id);
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
