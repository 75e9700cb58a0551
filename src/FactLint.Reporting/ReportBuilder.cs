using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactLint.Analysis;
using FactLint.Claims;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Figures;
using FactLint.Model;
using FactLint.Reporting.Views;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Reporting;

/// <summary>
/// Reads what the engine knows — its claim groups, positions of agreement, entity spellings and
/// findings — into a <see cref="ReportModel"/>. Nothing is decided here that a rule decides: a
/// group is "in disagreement" because FL3001 reported it, its outlier is the claim FL3001 points at.
/// </summary>
public static class ReportBuilder
{
    public static ReportModel Build(string root, FactCorpus corpus, AnalysisOptions options, IReadOnlyList<Diagnostic> findings, ReportLimits? limits = null)
    {
        limits ??= ReportLimits.Default;
        var groups = ClaimGroups.Build(corpus.Documents, corpus.Index, options.Config.ApproxTolerance);
        var views = GroupViews(corpus, groups, findings);
        var bySeverity = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in findings)
        {
            var name = d.Severity.ToName();
            bySeverity[name] = bySeverity.TryGetValue(name, out var n) ? n + 1 : 1;
        }

        var rules = findings.GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => new RuleCount(g.Key, options.Rules.Find(g.Key)?.Name ?? g.Key, g.Min(d => d.Severity).ToName(), g.Count(), g.First().Descriptor.HelpLinkUri))
            .OrderBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();
        var shown = findings.OrderBy(d => d, DiagnosticOrder.Instance)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .SelectMany(g => g.Take(limits.FindingsPerRule))
            .OrderBy(d => d, DiagnosticOrder.Instance)
            .Select(d => new FindingView(d.Id, d.Severity.ToName(), d.Message, Where(d.Location), d.Descriptor.HelpLinkUri))
            .ToList();
        return new ReportModel(
            root,
            corpus.Count,
            bySeverity,
            rules,
            views,
            views.Count(v => v.InDisagreement),
            NameClusters.Of(corpus, options, findings, limits),
            OriginChains.Of(corpus, findings, limits),
            shown,
            limits);
    }

    /// <summary>One claim group as the report draws it (the editor's "Show claim group" view), with the findings about its claims.</summary>
    public static GroupView Group(FactCorpus corpus, ClaimGroup group, IReadOnlyList<Diagnostic> findings) =>
        View(corpus, group, FindingsAtValues.Of(findings), new HashSet<string>(StringComparer.Ordinal));

    private static List<GroupView> GroupViews(FactCorpus corpus, ClaimGroups groups, IReadOnlyList<Diagnostic> findings)
    {
        var atValues = FindingsAtValues.Of(findings);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var views = groups.Groups.Select(g => View(corpus, g, atValues, anchors)).ToList();

        // Disagreements first, the most claims first among them: where an editor should look.
        return views.OrderBy(v => v.InDisagreement ? 0 : 1).ThenByDescending(v => v.InDisagreement ? v.Rows.Count : 0).ThenBy(v => v.Title, StringComparer.Ordinal).ToList();
    }

    private static GroupView View(FactCorpus corpus, ClaimGroup group, FindingsAtValues atValues, HashSet<string> anchors)
    {
        var compared = group.Compared();
        var positions = ClaimPositions.Of(compared);
        var positionOf = new Dictionary<ClaimEntry, int>();
        for (var p = 0; p < positions.Count; p++)
        {
            foreach (var e in positions[p].Entries)
            {
                positionOf[e] = p;
            }
        }

        string? finding = null;
        ClaimEntry? outlier = null;
        var notes = new List<string>();
        foreach (var e in group.Entries)
        {
            var key = (e.Document.Path, e.ValueNode.Span.Start);
            if (atValues.Others.TryGetValue(key, out var others))
            {
                notes.AddRange(others.Select(o => $"{o.Id}: {o.Message}"));
            }

            if (atValues.Conflicts.TryGetValue(key, out var message))
            {
                finding = message;
                outlier = e;
            }
        }

        var axis = group.Kind switch
        {
            ClaimValueKind.Quantity => "quantity",
            ClaimValueKind.Date => "date",
            _ => "value",
        };
        var unit = group.Kind == ClaimValueKind.Quantity ? group.ReferenceUnit : Unit.None;
        var rows = group.Entries
            .Select(e => Row(corpus, e, unit, axis, positionOf.TryGetValue(e, out var p) ? p : -1, ReferenceEquals(e, outlier)))
            .OrderBy(r => r.Position < 0 ? int.MaxValue : r.Position)
            .ThenBy(r => r.Low)
            .ThenBy(r => r.High)
            .ToList();
        var title = group.Describe();
        return new GroupView(Anchor(title, anchors), title, group.Subject, group.Property, group.AsOf, axis, unit.IsNone || unit.Dimension == Dimension.Count ? string.Empty : unit.Name, positions.Count, finding, rows)
        {
            HasTimeline = rows.Select(r => r.Published).Where(p => p != null).Distinct(StringComparer.Ordinal).Count() > 1,
            Notes = notes,
        };
    }

    private static ClaimRow Row(FactCorpus corpus, ClaimEntry e, Unit unit, string axis, int position, bool outlier)
    {
        var claim = e.Claim;
        var citation = claim.Citations.FirstOrDefault(c => c.Source != null);
        var source = citation?.Source?.Id is string id ? SourceLookup.Find(corpus.Index, id) : null;
        var quote = claim.Citations.Select(c => c.Quote?.Value).FirstOrDefault(q => !string.IsNullOrWhiteSpace(q));
        var drawn = axis != "value" && e.Comparable && position >= 0;
        var factor = axis == "quantity" && unit.Factor != 0 ? unit.Factor : 1;
        var form = axis switch
        {
            "quantity" => claim.Figure?.Form switch
            {
                FigureForm.AtLeast => "at least",
                FigureForm.AtMost => "at most",
                FigureForm.Approx => "about",
                FigureForm.Between => "between",
                _ => string.Empty,
            },
            "date" => e.Interval.Low == e.Interval.High ? "on" : "within",
            _ => "is",
        };
        return new ClaimRow(
            claim.Id ?? string.Empty,
            e.Display,
            form,
            e.Interval.Low / factor,
            e.Interval.High / factor,
            drawn,
            e.SourceLabel,
            source?.Record.GetScalar("publisher")?.Value ?? source?.Record.GetScalar("title")?.Value,
            source?.Published?.Value,
            claim.Rank?.Value,
            quote,
            Where(new SourceLocation(e.Document.Path, e.Document.Text, e.ValueNode.Span)),
            position,
            outlier);
    }

    internal static FileLine Where(SourceLocation location) => new(location.Path, location.LineSpan.Start.Line + 1);

    internal static FileLine Where(FactDocument document, TextSpan span) => Where(new SourceLocation(document.Path, document.Text, span));

    /// <summary>A stable fragment id from the group's title ("killed.total of khujand-riot-2018" → g-killed-total-of-khujand-riot-2018).</summary>
    private static string Anchor(string title, HashSet<string> taken)
    {
        var chars = title.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = "g-" + string.Join("-", new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        var anchor = slug;
        for (var i = 2; !taken.Add(anchor); i++)
        {
            anchor = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
        }

        return anchor;
    }
}
