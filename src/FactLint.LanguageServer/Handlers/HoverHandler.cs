using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Claims;
using FactLint.Corpus;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Model;
using FactLint.Syntax;

namespace FactLint.LanguageServer.Handlers;

/// <summary>
/// Hovers that answer the writer's question on the spot: on a claim, its whole comparison group as
/// a table with the disagreement stated; on an entity, its names and the variants seen; on a
/// source, what it is and where to read it; on a property, how it is compared.
/// </summary>
public sealed class HoverHandler
{
    private readonly WorkspaceSession _session;
    private readonly Func<bool> _markdown;

    /// <param name="markdown">Whether the client renders markdown hovers (else the same text is sent as plain text, which still reads well).</param>
    public HoverHandler(WorkspaceSession session, Func<bool> markdown)
    {
        _session = session;
        _markdown = markdown;
    }

    public async Task<Hover?> HoverAsync(HoverParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (_, project, doc) = _session.Current(p.TextDocument.Uri);
            if (doc == null)
            {
                return null;
            }

            var offset = TextChanges.ToOffset(doc.Text, p.Position);
            if (IdLocator.At(doc, offset) is IdHit hit && (hit.IsDefinition || hit.Target != ReferenceTarget.Property || IdLocator.RecordAt(doc.Model, offset) is not ClaimRecord))
            {
                var definitions = IdLocator.Definitions(project.Corpus, hit.Id, hit.Namespace);
                if (definitions.Count == 0)
                {
                    return Markdown($"`{hit.Id}` is not defined anywhere in this workspace.", doc, hit.Node);
                }

                var definition = definitions[0];
                var defDoc = project.Corpus[definition.Path]!;
                var text = definition.Kind switch
                {
                    RecordKind.Source => DescribeSource(project, defDoc.Model.Sources.First(s => ReferenceEquals(s.IdNode, definition.IdNode))),
                    RecordKind.Entity => DescribeEntity(project, defDoc, defDoc.Model.Entities.First(e => ReferenceEquals(e.IdNode, definition.IdNode))),
                    RecordKind.Property => DescribeProperty(project, defDoc.Model.Properties.First(x => ReferenceEquals(x.IdNode, definition.IdNode))),
                    _ => null,
                };
                if (text != null)
                {
                    return Markdown(text + (definitions.Count > 1 ? $"\n\n⚠ `{hit.Id}` is defined {definitions.Count} times." : string.Empty), doc, hit.Node);
                }
            }

            switch (IdLocator.RecordAt(doc.Model, offset))
            {
                case ClaimRecord claim:
                    return Markdown(DescribeClaim(project, claim), doc, claim.Value ?? (YamlNode?)claim.Property ?? claim.Node);
                case EntityRecord entity:
                    return Markdown(DescribeEntity(project, doc, entity), doc, entity.IdNode);
                case SourceRecord source:
                    return Markdown(DescribeSource(project, source), doc, source.IdNode);
                case PropertyRecord property:
                    return Markdown(DescribeProperty(project, property), doc, property.IdNode);
                default:
                    return null;
            }
        }
    }

    private Hover Markdown(string text, FactDocument doc, YamlNode node) => new()
    {
        Contents = new MarkupContent { Kind = _markdown() ? MarkupKind.Markdown : MarkupKind.PlainText, Value = text },
        Range = TextChanges.ToRange(doc.Text, node.Span),
    };

    private static string DescribeClaim(FactProject project, ClaimRecord claim)
    {
        var sb = new StringBuilder();
        var subject = claim.Subject?.Id ?? "?";
        var property = claim.Property?.Value ?? "?";
        sb.Append(CultureInfo.InvariantCulture, $"**{Escape(property)}** of **{Escape(EntityName(project, subject))}**");
        if (claim.AsOf?.Value is string asOf)
        {
            sb.Append(CultureInfo.InvariantCulture, $" as of {asOf}");
        }

        sb.Append("\n\n");
        if (claim.IsDeprecated)
        {
            sb.Append("This claim is **deprecated**: it is kept as a record and left out of every comparison.\n");
            return sb.ToString();
        }

        var groups = ClaimGroupLookup.For(project, new[] { claim });
        if (!groups.TryGetValue(claim, out var group))
        {
            sb.Append("This claim's value cannot be read, so it is not compared with others.\n");
            return sb.ToString();
        }

        sb.Append("| | Value | Source | Date | Rank |\n|---|---|---|---|---|\n");
        foreach (var e in group.Entries)
        {
            var mark = ReferenceEquals(e.Claim, claim) ? "▶" : string.Empty;
            var date = e.Claim.AsOf?.Value ?? SourceDate(project, e.Claim) ?? string.Empty;
            var value = e.Comparable ? e.Display : e.Display + " (unit not comparable)";
            sb.Append(CultureInfo.InvariantCulture, $"| {mark} | {Escape(value)} | {Escape(e.SourceLabel)} | {Escape(date)} | {e.Claim.Rank?.Value ?? "normal"} |\n");
        }

        sb.Append('\n');
        var compared = group.Compared();
        // The engine's positions, as FL3001 counts them: claims that agree are one position.
        var positions = ClaimPositions.Of(compared);
        if (group.Entries.Count == 1)
        {
            sb.Append("No other claim in the workspace gives this value.");
        }
        else if (group.HasPreferred)
        {
            var preferred = compared.Where(e => e.IsPreferred).Select(e => e.Describe()).Distinct(StringComparer.Ordinal);
            sb.Append(CultureInfo.InvariantCulture, $"Resolved: the preferred claim ({Escape(string.Join("; ", preferred))}) is the one reported.");
        }
        else if (positions.Count <= 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $"All {compared.Count} compared claims agree.");
        }
        else if (group.ConflictsMatter)
        {
            sb.Append(CultureInfo.InvariantCulture, $"**Conflict:** {compared.Count} claims, {positions.Count} values that cannot all be true — {Escape(string.Join(" vs ", positions.Select(p => p.Describe())))}. Mark the best-supported claim `rank: preferred`, or `deprecated` for one that is wrong.");
        }
        else
        {
            sb.Append("The claims give different values; this property allows several (declare it `single: true` to compare them).");
        }

        return sb.ToString();
    }

    private static string DescribeEntity(FactProject project, FactDocument doc, EntityRecord entity)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"**{Escape(entity.Name?.Value ?? entity.Id)}**");
        if (entity.EntityType?.Value is string type)
        {
            sb.Append(CultureInfo.InvariantCulture, $" · {type}");
        }

        sb.Append(CultureInfo.InvariantCulture, $" · `{entity.Id}`\n\n");
        if (entity.Aliases.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Also written: {Escape(string.Join(", ", entity.Aliases.Select(a => a.Value)))}\n\n");
        }

        var variants = project.CorpusFindingsOf("FL4001")
            .Where(d => d.Related.Any(r => r.Location.Path == doc.Path && entity.Node.Span.Contains(r.Location.Span.Start)))
            .Select(d => d.Location.Text.ToString(d.Location.Span))
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Count() == 1 ? $"{g.Key}" : $"{g.Key} ×{g.Count()}")
            .ToList();
        if (variants.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Variants seen in the workspace (not accepted spellings): {Escape(string.Join(", ", variants))}\n\n");
        }

        if (entity.Date is YamlScalar date)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Date: {date.Value}\n\n");
        }

        if (entity.Place?.Id is string place)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Place: {Escape(EntityName(project, place))}\n\n");
        }

        if (entity.DistinctFrom.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Not the same as: {Escape(string.Join(", ", entity.DistinctFrom.Select(r => EntityName(project, r.Id))))}\n\n");
        }

        var claims = project.Corpus.Documents.Sum(d => d.Model.Claims.Count(c => c.Subject?.Id == entity.Id));
        sb.Append(CultureInfo.InvariantCulture, $"{claims} claim{(claims == 1 ? string.Empty : "s")} about it.");
        return sb.ToString();
    }

    private static string DescribeSource(FactProject project, SourceRecord source)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"**{Escape(source.Title?.Value ?? source.Id)}**\n\n");
        var facts = new List<string>();
        if (source.Publisher?.Value is string publisher)
        {
            facts.Add(Escape(publisher));
        }

        if (source.Published?.Value is string published)
        {
            facts.Add(published);
        }

        if (source.SourceKind?.Value is string kind)
        {
            facts.Add(kind);
        }

        if (facts.Count > 0)
        {
            sb.Append(string.Join(" · ", facts)).Append("\n\n");
        }

        if (source.Url?.Value is string url && Uri.TryCreate(url, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps))
        {
            sb.Append(CultureInfo.InvariantCulture, $"[{Escape(url)}]({link.AbsoluteUri})\n\n");
        }

        if (source.Archive?.Value is string archive)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Archived copy: `{archive}`\n\n");
        }

        if (source.ReliesOn.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Relays: {string.Join(", ", source.ReliesOn.Select(r => $"`{r.Id}`"))}\n\n");
        }

        var cited = project.Corpus.Documents.Sum(d => d.Model.Claims.Count(c => c.Citations.Any(x => x.Source?.Id == source.Id)));
        sb.Append(CultureInfo.InvariantCulture, $"Cited by {cited} claim{(cited == 1 ? string.Empty : "s")}.");
        return sb.ToString();
    }

    private static string DescribeProperty(FactProject project, PropertyRecord property)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"**{Escape(property.Id)}**");
        if (property.PropertyType?.Value is string type)
        {
            sb.Append(CultureInfo.InvariantCulture, $" · {type}");
        }

        if (property.Unit?.Value is string unit)
        {
            sb.Append(CultureInfo.InvariantCulture, $" · in {Escape(unit)}");
        }

        sb.Append("\n\n");
        if (property.Temporal)
        {
            sb.Append("Changes over time: claims are compared only when their `as_of` agree.\n\n");
        }

        if (property.Single)
        {
            sb.Append("One value per subject: different values conflict.\n\n");
        }

        if (property.SumOf.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"The sum of {string.Join(" + ", property.SumOf.Select(r => $"`{r.Id}`"))}.\n\n");
        }

        var claims = project.Corpus.Documents.Sum(d => d.Model.Claims.Count(c => c.Property?.Value == property.Id));
        sb.Append(CultureInfo.InvariantCulture, $"{claims} claim{(claims == 1 ? string.Empty : "s")} use it.");
        return sb.ToString();
    }

    private static string EntityName(FactProject project, string id)
    {
        foreach (var d in project.Corpus.Index.Records(id))
        {
            if (d.Kind == RecordKind.Entity && d.Record.GetScalar("name")?.Value is string name)
            {
                return name;
            }
        }

        return id;
    }

    private static string? SourceDate(FactProject project, ClaimRecord claim)
    {
        var first = claim.Citations.FirstOrDefault(c => c.Source != null)?.Source?.Id;
        return first == null ? null : SourceLookup.Find(project.Corpus.Index, first)?.Published?.Value;
    }

    /// <summary>Escapes what would break a markdown table cell or start markup.</summary>
    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
