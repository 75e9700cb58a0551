using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Figures;
using FactLint.Model;
using FactLint.Quotes;
using FactLint.Syntax;

namespace FactLint.Claims;

/// <summary>
/// Every claim of the corpus sorted into comparison groups, built once per run in one pass over
/// the claims (a dictionary by subject, property and as_of: linear in the corpus, never pairwise).
/// </summary>
public sealed class ClaimGroups
{
    private readonly Dictionary<string, ClaimGroup> _byKey = new(StringComparer.Ordinal);

    private ClaimGroups()
    {
    }

    public List<ClaimGroup> Groups { get; } = new();

    public List<UnitMismatch> UnitMismatches { get; } = new();

    /// <summary>The first declaration of every property.</summary>
    public Dictionary<string, PropertyRecord> Declarations { get; } = new(StringComparer.Ordinal);

    public ClaimGroup? Find(string subject, string property, string asOf, ClaimValueKind kind) =>
        _byKey.TryGetValue(Key(subject, property, asOf, kind), out var g) ? g : null;

    /// <summary>What the claims of one file need from the others: declarations, sources and entities (names, ids).</summary>
    public const CorpusAspects Reads = CorpusAspects.Properties | CorpusAspects.Sources | CorpusAspects.Entities | CorpusAspects.Ids;

    /// <summary>The groups of a corpus pass; each file's claims are read once and kept while it and what they read are unchanged.</summary>
    public static ClaimGroups Of(CorpusAnalysisContext context)
    {
        var declarations = DeclarationsOf(context.Documents);
        var tolerance = context.Config.ApproxTolerance;
        var index = context.Index;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = Assemble(context.Documents, declarations, doc => context.PerDocument(doc, Reads, d => Read(d, declarations, index, tolerance, labels)), context.Previous<ClaimGroups>(Reads));
        context.Remember(Reads, groups);
        return groups;
    }

    public static ClaimGroups Build(IReadOnlyList<FactDocument> documents, CorpusIndex index, double approxTolerance)
    {
        var declarations = DeclarationsOf(documents);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        return Assemble(documents, declarations, doc => Read(doc, declarations, index, approxTolerance, labels), null);
    }

    /// <summary>The first declaration of every property, in corpus order.</summary>
    private static Dictionary<string, PropertyRecord> DeclarationsOf(IReadOnlyList<FactDocument> documents)
    {
        var declarations = new Dictionary<string, PropertyRecord>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var p in doc.Model.Properties)
            {
                if (!declarations.ContainsKey(p.Id))
                {
                    declarations[p.Id] = p;
                }
            }
        }

        return declarations;
    }

    /// <param name="previous">The last pass's groups (same declarations, sources and entities): a group whose claims are the very same objects is taken over whole, units settled.</param>
    private static ClaimGroups Assemble(IReadOnlyList<FactDocument> documents, Dictionary<string, PropertyRecord> declarations, Func<FactDocument, DocumentClaims> claimsOf, ClaimGroups? previous)
    {
        var groups = new ClaimGroups();
        foreach (var pair in declarations)
        {
            groups.Declarations[pair.Key] = pair.Value;
        }

        var byKey = new Dictionary<string, (string AsOf, List<ClaimEntry> Entries)>(StringComparer.Ordinal);
        var keys = new List<string>();
        var order = 0;
        foreach (var doc in documents)
        {
            foreach (var (key, asOf, entry) in claimsOf(doc).Entries)
            {
                entry.Order = order++;
                if (!byKey.TryGetValue(key, out var found))
                {
                    byKey[key] = found = (asOf, new List<ClaimEntry>());
                    keys.Add(key);
                }

                found.Entries.Add(entry);
            }
        }

        foreach (var key in keys)
        {
            var (asOf, entries) = byKey[key];
            // Entries are compared by reference (a kept file's entries are the same objects).
            if (previous != null && previous._byKey.TryGetValue(key, out var kept) && kept.Entries.SequenceEqual(entries))
            {
                groups._byKey[key] = kept;
                groups.Groups.Add(kept);
                groups.UnitMismatches.AddRange(kept.UnitMismatches);
                continue;
            }

            var claim = entries[0].Claim;
            declarations.TryGetValue(claim.Property!.Value!, out var declaration);
            var group = new ClaimGroup(claim.Subject!.Id, claim.Property!.Value!, asOf, entries[0].Kind, declaration) { Key = key };
            foreach (var entry in entries)
            {
                // An entry kept from the last pass comes back here: what its new group decides about it is decided again.
                entry.Comparable = true;
                group.Entries.Add(entry);
            }

            if (group.Kind == ClaimValueKind.Quantity)
            {
                SettleUnits(group);
            }

            groups._byKey[key] = group;
            groups.Groups.Add(group);
            groups.UnitMismatches.AddRange(group.UnitMismatches);
        }

        return groups;
    }

    /// <summary>The comparable claims of one file, each with its group's key.</summary>
    /// <param name="labels">Source labels of this pass, shared by its files (a label reads only the sources and entities, which a kept file's claims were read against too).</param>
    private static DocumentClaims Read(FactDocument doc, Dictionary<string, PropertyRecord> declarations, CorpusIndex index, double approxTolerance, Dictionary<string, string> labels)
    {
        var result = new DocumentClaims();
        foreach (var claim in doc.Model.Claims)
        {
            if (claim.IsDeprecated || claim.Subject == null || claim.Property?.Value is not string property || property.Length == 0 || claim.Value == null)
            {
                continue;
            }

            declarations.TryGetValue(property, out var declaration);
            var entry = new ClaimEntry(doc, claim);
            Read(entry, declaration, index, approxTolerance);
            if (entry.Kind == ClaimValueKind.Unreadable)
            {
                continue;
            }

            entry.SourceLabel = SourceLabel(claim, index, labels);
            var asOf = declaration?.Temporal == true ? claim.AsOf?.Value ?? string.Empty : string.Empty;
            result.Entries.Add((Key(claim.Subject.Id, property, asOf, entry.Kind), asOf, entry));
        }

        return result;
    }

    private static string Key(string subject, string property, string asOf, ClaimValueKind kind) =>
        string.Concat(subject, "\u0001", property, "\u0001", asOf, "\u0001", ((int)kind).ToString(CultureInfo.InvariantCulture));

    /// <summary>Picks the group's unit (declared, else the most common compatible one) and marks the claims that cannot be converted to it.</summary>
    private static void SettleUnits(ClaimGroup group)
    {
        var declared = group.Declaration?.Unit?.Value is string u ? UnitCatalog.Resolve(u) : null;
        var reference = declared;
        if (reference == null)
        {
            // The most common family of units wins (counted per family, not pairwise); ties go to the earliest claim.
            var counts = new Dictionary<(Dimension, string?), int>();
            var best = 0;
            foreach (var e in group.Entries)
            {
                var family = (e.Unit.Dimension, e.Unit.Currency);
                counts.TryGetValue(family, out var n);
                counts[family] = n + 1;
            }

            foreach (var e in group.Entries)
            {
                var n = counts[(e.Unit.Dimension, e.Unit.Currency)];
                if (n > best)
                {
                    best = n;
                    reference = e.Unit;
                }
            }
        }

        group.ReferenceUnit = reference ?? Unit.None;
        foreach (var e in group.Entries)
        {
            if (!e.Unit.IsCompatibleWith(group.ReferenceUnit))
            {
                e.Comparable = false;
                group.UnitMismatches.Add(new UnitMismatch(e, group, declared != null));
            }
        }
    }

    private static void Read(ClaimEntry entry, PropertyRecord? declaration, CorpusIndex index, double tolerance)
    {
        var claim = entry.Claim;
        var value = claim.Value!.Resolve();
        var declaredType = declaration?.PropertyType?.Value;
        var kind = declaredType switch
        {
            "quantity" => ClaimValueKind.Quantity,
            "date" => ClaimValueKind.Date,
            "entity" => ClaimValueKind.Entity,
            "text" => ClaimValueKind.Text,
            "boolean" => ClaimValueKind.Boolean,
            _ => Infer(value, index),
        };

        entry.Kind = ClaimValueKind.Unreadable;
        switch (kind)
        {
            case ClaimValueKind.Quantity when claim.Figure is Figure figure:
                var unitText = claim.Unit?.Value ?? declaration?.Unit?.Value;
                var unit = UnitCatalog.Resolve(unitText);
                entry.Unit = unit;
                entry.Interval = FigureIntervals.ToInterval(figure, unit, tolerance);
                entry.Display = unit.Dimension == Dimension.Count || unit.IsNone ? figure.ToString() : $"{figure} {unitText!.Trim()}";
                entry.Kind = kind;
                break;
            case ClaimValueKind.Date when DateIntervals.TryRead(value, out var days):
                entry.Interval = days;
                entry.Display = value is YamlScalar ds ? ds.Value : $"{((YamlMapping)value!).GetScalar("from")?.Value} to {((YamlMapping)value).GetScalar("to")?.Value}";
                entry.Kind = kind;
                break;
            case ClaimValueKind.Boolean when value is YamlScalar b && b.TryGetBoolean(out var flag):
                entry.ValueKey = flag ? "true" : "false";
                entry.Display = entry.ValueKey;
                entry.Kind = kind;
                break;
            case ClaimValueKind.Entity or ClaimValueKind.Text when value is YamlScalar { Type: not ScalarType.Null } s:
                entry.ValueKey = kind == ClaimValueKind.Entity ? s.Value : FoldedText.Fold(s.Value).Text;
                entry.Display = kind == ClaimValueKind.Entity ? s.Value : "\u201C" + s.Value + "\u201D";
                entry.Kind = kind;
                break;
        }
    }

    /// <summary>An undeclared property takes its type from the value (the spec's "Property" section).</summary>
    private static ClaimValueKind Infer(YamlNode? value, CorpusIndex index) => value switch
    {
        YamlScalar s when s.IsNumber => ClaimValueKind.Quantity,
        YamlScalar s when s.Type == ScalarType.Boolean => ClaimValueKind.Boolean,
        YamlScalar s when s.IsString && PartialDate.TryParse(s.Value, out _) => ClaimValueKind.Date,
        YamlScalar s when s.IsString && index.Records(s.Value).Any(d => d.Kind == RecordKind.Entity) => ClaimValueKind.Entity,
        YamlScalar s when s.IsString => ClaimValueKind.Text,
        YamlMapping m when m.Get("from") != null => ClaimValueKind.Date,
        YamlMapping => ClaimValueKind.Quantity,
        _ => ClaimValueKind.Unreadable,
    };

    /// <summary>"The Diplomat, 2018-11": the first cited source's publisher (else title, else id) and date; "+2" for more sources.</summary>
    private static string SourceLabel(ClaimRecord claim, CorpusIndex index, Dictionary<string, string> cache)
    {
        // Most claims cite one source: no list for them.
        string? first = null;
        List<string>? cited = null;
        foreach (var citation in claim.Citations)
        {
            if (citation.Source?.Id is not string id)
            {
                continue;
            }

            if (first == null)
            {
                first = id;
            }
            else if (id != first && (cited == null || !cited.Contains(id)))
            {
                (cited ??= new List<string> { first }).Add(id);
            }
        }

        if (first == null)
        {
            return "no source";
        }

        var citedCount = cited?.Count ?? 1;

        if (!cache.TryGetValue(first, out var label))
        {
            label = first;
            if (SourceLookup.Find(index, first) is { } source)
            {
                var name = source.Record.GetScalar("publisher")?.Value ?? source.Record.GetScalar("title")?.Value ?? first;
                label = source.Published?.Value is string date ? $"{name}, {date}" : name;
            }

            cache[first] = label;
        }

        var sources = citedCount == 1 ? label : $"{label} +{citedCount - 1}";

        // A figure someone gave the press is theirs: "Ministry of Justice via The National, 2019-05".
        if (claim.AttributedTo is { } attributed && index.Records(attributed.Id).FirstOrDefault(r => r.Kind == RecordKind.Entity) is { } entity)
        {
            var who = entity.Record.GetScalar("name")?.Value ?? attributed.Id;
            return $"{who} via {sources}";
        }

        return sources;
    }
}
