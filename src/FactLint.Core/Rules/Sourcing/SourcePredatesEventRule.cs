using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Figures;
using FactLint.Model;
using FactLint.Syntax;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Sourcing;

/// <summary>
/// FL2005 source-predates-event: a claim about an event cites a source published before the event
/// happened. Dates are intervals, so only a source certainly published before the event's first
/// possible day is reported: a source dated 2018-11 may well report an event of 2018-11-07.
/// </summary>
public sealed class SourcePredatesEventRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL2005", "source-predates-event", "Source published before the event", RuleCategories.Sourcing, Severity.Warning,
        "A claim about an event cites a source whose publication date lies entirely before the event's date: one of the two dates, or the claim's subject, is wrong.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override void Analyze(CorpusAnalysisContext context)
    {
        // One wrong date is one finding, however many claims cite the source for the event: the
        // first citation carries it, the others are related places.
        // Each file's dated citations are found once and kept while it, the sources and the entities are unchanged.
        var cases = new Dictionary<(string Source, string Event), List<Case>>();
        var order = new List<(string, string)>();
        var dates = new Dates(context.Index);
        foreach (var doc in context.Documents)
        {
            foreach (var found in context.PerDocument(doc, CorpusAspects.Sources | CorpusAspects.Entities | CorpusAspects.Ids, d => Cases(dates, d)))
            {
                var key = (found.Source.Id, found.Event.Id);
                if (!cases.TryGetValue(key, out var list))
                {
                    cases[key] = list = new();
                    order.Add(key);
                }

                list.Add(found);
            }
        }

        foreach (var key in order)
        {
            var list = cases[key];
            var (doc, citation, eventDef, dateNode, eventDays, source, date) = list[0];
            var latest = date.Day == 0 ? $" (by {date.Last:yyyy-MM-dd} at the latest)" : string.Empty;
            var times = list.Count > 1 ? $" It is cited {list.Count} times for this event; this is the first." : string.Empty;
            var message = $"'{source.Id}' was published {date}{latest}, before {eventDef.Id} began ({DateIntervals.Format(eventDays.Low)}); a source cannot report an event that had not happened yet. Check the source's 'published' date, the event's 'date', or the claim's subject.{times}";
            var related = ImmutableArray.CreateBuilder<RelatedLocation>();
            related.Add(new RelatedLocation(context.Location(eventDef.Path, dateNode.Span), $"the event's date: {DateIntervals.Format(eventDays.Low)}"));
            related.Add(new RelatedLocation(context.Location(source.Path, source.Published!.Span), $"the source's publication date: {date}"));
            foreach (var other in list.Skip(1).Take(10))
            {
                related.Add(new RelatedLocation(context.Location(other.Doc.Path, other.Citation.Source!.Node.Span), $"also cited here for {eventDef.Id}"));
            }

            context.Report(doc, citation.Source!.Node.Span, message, related.ToImmutable());
        }
    }

    private static List<Case> Cases(Dates dates, FactDocument doc)
    {
        var found = new List<Case>();
        foreach (var claim in doc.Model.Claims)
        {
            if (claim.Subject == null || claim.Citations.IsEmpty || dates.OfEvent(claim.Subject.Id) is not { } eventDate)
            {
                continue;
            }

            foreach (var citation in claim.Citations)
            {
                if (citation.Source == null || dates.OfSource(citation.Source.Id) is not { } sourceDate || !sourceDate.Days.IsBelow(eventDate.Days))
                {
                    continue;
                }

                found.Add(new Case(doc, citation, eventDate.Event, eventDate.Node, eventDate.Days, sourceDate.Source, sourceDate.Date));
            }
        }

        return found;
    }

    /// <summary>
    /// The dates of the events and sources of one pass, each read once: 50,000 claims name a few
    /// hundred of them, and each read is an index lookup, a record scan and a date parse.
    /// </summary>
    private sealed class Dates(CorpusIndex index)
    {
        private readonly Dictionary<string, EventDate?> _events = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, SourceDate?> _sources = new(System.StringComparer.Ordinal);

        public EventDate? OfEvent(string id)
        {
            if (!_events.TryGetValue(id, out var date))
            {
                var eventDef = index.Records(id).FirstOrDefault(d => d.Kind == RecordKind.Entity);
                date = eventDef != null && eventDef.Record.GetScalar("type")?.Value == "event" && eventDef.Record.Get("date") is { } node
                    && DateIntervals.TryRead(node, out var days) ? new EventDate(eventDef, node, days) : null;
                _events[id] = date;
            }

            return date;
        }

        public SourceDate? OfSource(string id)
        {
            if (!_sources.TryGetValue(id, out var date))
            {
                date = SourceLookup.Find(index, id) is { Published: { } published } source && PartialDate.TryParse(published, out var parsed)
                    ? new SourceDate(source, parsed, DateIntervals.Of(parsed)) : null;
                _sources[id] = date;
            }

            return date;
        }
    }

    private sealed record EventDate(IdDefinition Event, YamlNode Node, Interval Days);

    private sealed record SourceDate(SourceLookup Source, PartialDate Date, Interval Days);

    /// <summary>A citation of a source dated before the event its claim is about.</summary>
    private sealed record Case(FactDocument Doc, Citation Citation, IdDefinition Event, YamlNode EventDate, Interval EventDays, SourceLookup Source, PartialDate Date);
}
