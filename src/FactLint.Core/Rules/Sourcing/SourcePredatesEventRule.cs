using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Figures;
using FactLint.Model;
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
        foreach (var doc in context.Documents)
        {
            foreach (var claim in doc.Model.Claims)
            {
                if (claim.Subject == null || claim.Citations.Count == 0)
                {
                    continue;
                }

                var eventDef = context.Index.Records(claim.Subject.Id).FirstOrDefault(d => d.Kind == RecordKind.Entity);
                if (eventDef == null || eventDef.Record.GetScalar("type")?.Value != "event" || eventDef.Record.Get("date") is not { } dateNode
                    || !DateIntervals.TryRead(dateNode, out var eventDays))
                {
                    continue;
                }

                foreach (var citation in claim.Citations)
                {
                    if (citation.Source == null || SourceLookup.Find(context.Index, citation.Source.Id) is not { Published: { } published } source
                        || !PartialDate.TryParse(published, out var date))
                    {
                        continue;
                    }

                    var sourceDays = DateIntervals.Of(date);
                    if (!sourceDays.IsBelow(eventDays))
                    {
                        continue;
                    }

                    var latest = date.Day == 0 ? $" (by {date.Last:yyyy-MM-dd} at the latest)" : string.Empty;
                    var message = $"'{source.Id}' was published {date}{latest}, before {claim.Subject.Id} began ({DateIntervals.Format(eventDays.Low)}); a source cannot report an event that had not happened yet. Check the source's 'published' date, the event's 'date', or the claim's subject.";
                    var related = ImmutableArray.Create(
                        new RelatedLocation(context.Location(eventDef.Path, dateNode.Span), $"the event's date: {DateIntervals.Format(eventDays.Low)}"),
                        new RelatedLocation(context.Location(source.Path, published.Span), $"the source's publication date: {date}"));
                    context.Report(doc, citation.Source.Node.Span, message, related);
                }
            }
        }
    }
}
