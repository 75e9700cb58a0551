using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Corpus;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Model;
using FactLint.Syntax;

namespace FactLint.LanguageServer.Handlers;

/// <summary>The outline of a fact file (sources, entities, properties, claims) and a search over every id of the workspace.</summary>
public sealed class SymbolHandler
{
    public const int MaxWorkspaceSymbols = 500;

    private readonly WorkspaceSession _session;

    public SymbolHandler(WorkspaceSession session) => _session = session;

    public async Task<List<DocumentSymbol>> DocumentSymbolsAsync(DocumentSymbolParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (_, _, doc) = _session.Current(p.TextDocument.Uri);
            if (doc == null)
            {
                return new List<DocumentSymbol>();
            }

            var model = doc.Model;
            var result = new List<DocumentSymbol>();
            Section(result, doc, "sources", model.Sources.Select(s => Symbol(doc, s.Id, Detail(s.Publisher, s.Published), SymbolKind.File, s.Node, s.IdNode)));
            Section(result, doc, "entities", model.Entities.Select(e => Symbol(doc, e.Name?.Value ?? e.Id, e.EntityType?.Value is string t ? $"{t} · {e.Id}" : e.Id, EntityKind(e), e.Node, e.IdNode)));
            Section(result, doc, "properties", model.Properties.Select(pr => Symbol(doc, pr.Id, pr.PropertyType?.Value, SymbolKind.Property, pr.Node, pr.IdNode)));
            Section(result, doc, "claims", model.Claims.Select(c => Symbol(doc, ClaimName(c), ClaimDetail(c), c.Figure != null ? SymbolKind.Number : SymbolKind.Field, c.Node, c.IdNode ?? c.Property ?? (YamlNode)c.Node)));
            return result;
        }
    }

    public async Task<List<SymbolInformation>> WorkspaceSymbolsAsync(WorkspaceSymbolParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var result = new List<(int Score, SymbolInformation Symbol)>();
            var query = p.Query.Trim();
            foreach (var project in _session.Projects)
            {
                foreach (var pair in project.Corpus.Index.AllRecords.Concat(project.Corpus.Index.AllProperties))
                {
                    foreach (var d in pair.Value)
                    {
                        var name = d.Kind == RecordKind.Entity && d.Record.GetScalar("name")?.Value is string n ? $"{n} ({d.Id})" : d.Id;
                        var score = Match(query, name);
                        if (score < 0)
                        {
                            continue;
                        }

                        var text = project.Corpus[d.Path]!.Text;
                        result.Add((score, new SymbolInformation
                        {
                            Name = name,
                            Kind = d.Kind switch { RecordKind.Source => SymbolKind.File, RecordKind.Entity => SymbolKind.Object, RecordKind.Property => SymbolKind.Property, _ => SymbolKind.Field },
                            Location = new Location { Uri = _session.UriOf(project, d.Path), Range = TextChanges.ToRange(text, d.IdNode.Span) },
                            ContainerName = d.Path,
                        }));
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
            }

            return result.OrderBy(r => r.Score).ThenBy(r => r.Symbol.Name, StringComparer.Ordinal).Take(MaxWorkspaceSymbols).Select(r => r.Symbol).ToList();
        }
    }

    /// <summary>Lower is better: 0 prefix, 1 substring, 2 letters in order; -1 no match (case-insensitive).</summary>
    public static int Match(string query, string name)
    {
        if (query.Length == 0)
        {
            return 1;
        }

        if (name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (name.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var i = 0;
        foreach (var ch in name)
        {
            if (i < query.Length && char.ToLowerInvariant(ch) == char.ToLowerInvariant(query[i]))
            {
                i++;
            }
        }

        return i == query.Length ? 2 : -1;
    }

    private static void Section(List<DocumentSymbol> result, FactDocument doc, string key, IEnumerable<DocumentSymbol> children)
    {
        var list = children.ToList();
        if (list.Count == 0 || doc.Tree.Root?.Resolve() is not YamlMapping root || !root.TryGetEntry(key, out var entry))
        {
            return;
        }

        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(entry.Key.Span.Start, Math.Max(entry.Key.Span.End, entry.Value.Span.End));
        result.Add(new DocumentSymbol
        {
            Name = key,
            Detail = list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Kind = SymbolKind.Namespace,
            Range = TextChanges.ToRange(doc.Text, span),
            SelectionRange = TextChanges.ToRange(doc.Text, entry.Key.Span),
            Children = list,
        });
    }

    private static DocumentSymbol Symbol(FactDocument doc, string name, string? detail, SymbolKind kind, YamlNode node, YamlNode selection) => new()
    {
        Name = name.Length == 0 ? "(unnamed)" : name,
        Detail = detail,
        Kind = kind,
        Range = TextChanges.ToRange(doc.Text, node.Span),
        SelectionRange = TextChanges.ToRange(doc.Text, node.Span.Contains(selection.Span) ? selection.Span : node.Span),
    };

    private static SymbolKind EntityKind(EntityRecord e) => e.EntityType?.Value switch
    {
        "event" => SymbolKind.Event,
        "place" => SymbolKind.Struct,
        "organization" or "group" => SymbolKind.Module,
        _ => SymbolKind.Object,
    };

    private static string ClaimName(ClaimRecord c) => c.Id ?? $"{c.Subject?.Id ?? "?"} · {c.Property?.Value ?? "?"}";

    private static string ClaimDetail(ClaimRecord c)
    {
        var value = c.Figure?.ToString() ?? (c.Value as YamlScalar)?.Value ?? string.Empty;
        var sources = string.Join(", ", c.Citations.Where(x => x.Source != null).Select(x => x.Source!.Id));
        return sources.Length == 0 ? value : $"{value} — {sources}";
    }

    private static string? Detail(YamlScalar? a, YamlScalar? b) => (a?.Value, b?.Value) switch
    {
        (string x, string y) => $"{x}, {y}",
        (string x, null) => x,
        (null, string y) => y,
        _ => null,
    };
}
