using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FactLint.Reporting.Svg;
using FactLint.Reporting.Views;

namespace FactLint.Reporting.Html;

/// <summary>
/// Writes a <see cref="ReportModel"/> as one self-contained HTML file: inline style and SVG, no
/// script, nothing fetched, so it opens from a file:// URL, a CI artifact or a webview whose
/// content-security policy allows nothing else. Navigation is links and headings (keyboard and
/// screen reader alike); each chart has a table with the same facts beside it.
/// </summary>
public static class HtmlReport
{
    /// <summary>Claims listed per group's table; a group of 20,000 claims must not make the page 20,000 rows longer.</summary>
    private const int MaxTableRows = 200;

    /// <param name="fileHref">The link for a place in the workspace (relative to where the report is written), or null for none.</param>
    public static void Write(TextWriter w, ReportModel model, Func<FileLine, string?> fileHref)
    {
        var title = $"FactLint report \u2014 {model.Files} {(model.Files == 1 ? "file" : "files")}";
        Head(w, title);
        w.Write("<body><a class=\"skip\" href=\"#overview\">Skip to the overview</a><header>");
        w.Write($"<h1>{Html.Text(title)}</h1>");
        w.Write("<nav aria-label=\"Sections\"><a href=\"#overview\">Overview</a><a href=\"#groups\">Claim groups</a><a href=\"#names\">Names</a><a href=\"#origins\">Sources relaying sources</a><a href=\"#findings\">Findings</a></nav></header><main>");
        Overview(w, model);
        Groups(w, model, fileHref);
        Names(w, model, fileHref);
        Origins(w, model, fileHref);
        Findings(w, model, fileHref);
        w.Write("</main></body></html>\n");
    }

    /// <summary>One claim group alone (the editor's "Show claim group" view).</summary>
    public static void WriteGroup(TextWriter w, GroupView group, Func<FileLine, string?> fileHref)
    {
        Head(w, group.Title);
        w.Write("<body><main>");
        Group(w, group, fileHref);
        w.Write("</main></body></html>\n");
    }

    private static void Head(TextWriter w, string title)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Write("<meta name=\"generator\" content=\"FactLint\">");
        w.Write($"<title>{Html.Text(title)}</title><style>{ReportStyle.Css}</style></head>");
    }

    private static void Overview(TextWriter w, ReportModel model)
    {
        w.Write("<section id=\"overview\" aria-labelledby=\"overview-h\"><h2 id=\"overview-h\">Overview</h2>");
        var total = model.BySeverity.Values.Sum();
        var parts = model.BySeverity.Select(p => $"{p.Value.ToString("N0", CultureInfo.InvariantCulture)} {p.Key}");
        w.Write($"<p>{model.Files.ToString("N0", CultureInfo.InvariantCulture)} files, {total.ToString("N0", CultureInfo.InvariantCulture)} findings ({Html.Text(string.Join(", ", parts))}); ");
        w.Write($"{model.Groups.Count.ToString("N0", CultureInfo.InvariantCulture)} claim groups, <strong>{model.GroupsInDisagreement.ToString("N0", CultureInfo.InvariantCulture)} in disagreement</strong>.</p>");
        if (model.Rules.Count > 0)
        {
            w.Write("<table class=\"counts\"><caption class=\"muted\">Findings by rule</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Findings</th></tr></thead><tbody>");
            foreach (var r in model.Rules)
            {
                w.Write($"<tr><td><a href=\"{Html.Text(r.HelpUri)}\">{Html.Text(r.RuleId)}</a> {Html.Text(r.Name)}</td><td class=\"sev-{Html.Text(r.Severity)}\">{Html.Text(r.Severity)}</td><td>{r.Count.ToString("N0", CultureInfo.InvariantCulture)}</td></tr>");
            }

            w.Write("</tbody></table>");
        }

        var disagreements = model.Groups.Where(g => g.InDisagreement).ToList();
        if (disagreements.Count > 0)
        {
            w.Write("<p>Where the sources disagree (most claims first):</p><ul>");
            foreach (var g in disagreements.Take(model.Limits.GroupsDrawn))
            {
                w.Write($"<li><a href=\"#{g.Anchor}\">{Html.Text(g.Title)}</a> \u2014 {g.Rows.Count} claims, {g.Positions} values</li>");
            }

            w.Write(disagreements.Count > model.Limits.GroupsDrawn ? $"</ul><p class=\"muted\">and {disagreements.Count - model.Limits.GroupsDrawn:N0} more, listed under Claim groups.</p>" : "</ul>");
        }

        w.Write("</section>");
    }

    private static void Groups(TextWriter w, ReportModel model, Func<FileLine, string?> fileHref)
    {
        w.Write("<section id=\"groups\" aria-labelledby=\"groups-h\"><h2 id=\"groups-h\">Claim groups</h2>");
        w.Write("<p class=\"muted\">Each group is one subject and property (and date, for a property that changes over time). Claims that agree share a colour and stand together; the claim FL3001 singles out is marked \u2190 outlier. \u2605 marks a preferred claim.</p>");
        var drawn = model.Groups.Take(model.Limits.GroupsDrawn).ToList();
        foreach (var g in drawn)
        {
            Group(w, g, fileHref);
        }

        var rest = model.Groups.Skip(drawn.Count).ToList();
        if (rest.Count > 0)
        {
            w.Write($"<details><summary>{rest.Count:N0} more groups, not drawn</summary><table><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Values</th><th scope=\"col\">First claim</th></tr></thead><tbody>");
            foreach (var g in rest)
            {
                var values = string.Join(" \u00b7 ", g.Rows.Select(r => r.Display).Distinct(StringComparer.Ordinal).Take(4));
                w.Write($"<tr id=\"{g.Anchor}\"{(g.InDisagreement ? " class=\"outlier\"" : string.Empty)}><td>{Html.Text(g.Title)}{(g.InDisagreement ? "<span class=\"badge conflict\">disagree</span>" : string.Empty)}</td><td>{Html.Text(values)}</td><td>{Place(g.Rows[0].Where, fileHref)}</td></tr>");
            }

            w.Write("</tbody></table></details>");
        }

        w.Write("</section>");
    }

    private static void Group(TextWriter w, GroupView g, Func<FileLine, string?> fileHref)
    {
        w.Write($"<article class=\"group{(g.InDisagreement ? " conflict" : string.Empty)}\" id=\"{g.Anchor}\" aria-labelledby=\"{g.Anchor}-h\">");
        w.Write($"<h3 id=\"{g.Anchor}-h\">{Html.Text(g.Title)}{(g.InDisagreement ? "<span class=\"badge conflict\">sources disagree</span>" : string.Empty)}</h3>");
        w.Write(g.Finding != null
            ? $"<p class=\"verdict\"><a href=\"{Html.Text(FactLint.Rules.Figures.ConflictingFiguresRule.Definition.HelpLinkUri)}\">{FactLint.Rules.Figures.ConflictingFiguresRule.Definition.Id}</a>: {Html.Text(g.Finding)}</p>"
            : $"<p class=\"verdict muted\">{g.Rows.Count} {(g.Rows.Count == 1 ? "claim" : "claims")}, {g.Positions} {(g.Positions == 1 ? "value" : "values")}.</p>");
        foreach (var note in g.Notes)
        {
            w.Write($"<p class=\"verdict\">{Html.Text(note)}</p>");
        }

        if (g.Axis != "value")
        {
            w.Write("<figure>");
            IntervalChart.Write(w, g, g.Anchor + "-chart");
            if (g.HasTimeline)
            {
                Timeline.Write(w, g, g.Anchor + "-time");
            }

            w.Write($"<figcaption>{(g.Unit.Length > 0 ? $"In {Html.Text(g.Unit)}. " : string.Empty)}{(g.HasTimeline ? "Below: when each source was published." : string.Empty)}</figcaption></figure>");
        }

        w.Write("<table><thead><tr><th scope=\"col\"><span class=\"muted\">set</span></th><th scope=\"col\">Value</th><th scope=\"col\">Source</th><th scope=\"col\">Published</th><th scope=\"col\">Rank</th><th scope=\"col\">Quote</th><th scope=\"col\">Where</th></tr></thead><tbody>");
        var listed = g.Rows.Take(MaxTableRows).ToList();
        if (!listed.Exists(r => r.IsOutlier) && g.Rows.FirstOrDefault(r => r.IsOutlier) is { } outlier)
        {
            listed.Add(outlier);
        }

        foreach (var r in listed)
        {
            var rowClass = r.IsOutlier ? " class=\"outlier\"" : string.Empty;
            var position = r.Position < 0 ? "<td class=\"pos\" title=\"not compared: another unit\">\u2013</td>" : $"<td class=\"pos p{r.Position % 6}\" title=\"agreeing set {r.Position + 1}\"><span></span> {r.Position + 1}</td>";
            w.Write($"<tr{rowClass}>{position}<td><strong>{Html.Text(r.Display)}</strong>{(r.IsOutlier ? " \u2190 outlier" : string.Empty)}</td>");
            w.Write($"<td>{Html.Text(r.SourceLabel)}</td><td>{Html.Text(r.Published ?? "\u2013")}</td><td>{Html.Text(r.Rank == "preferred" ? "\u2605 preferred" : r.Rank ?? "normal")}</td>");
            w.Write($"<td>{(r.Quote != null ? $"<q>{Html.Text(Html.Short(r.Quote, 240))}</q>" : "\u2013")}</td><td>{Place(r.Where, fileHref)}</td></tr>");
        }

        if (g.Rows.Count > listed.Count)
        {
            w.Write($"<tr><td colspan=\"7\" class=\"muted\">and {g.Rows.Count - listed.Count:N0} more claims: <code>factlint lint</code> lists each finding about them</td></tr>");
        }

        w.Write("</tbody></table></article>");
    }

    private static void Names(TextWriter w, ReportModel model, Func<FileLine, string?> fileHref)
    {
        w.Write("<section id=\"names\" aria-labelledby=\"names-h\"><h2 id=\"names-h\">Names and their spellings</h2>");
        if (model.Names.Count == 0)
        {
            w.Write("<p class=\"muted\">No entity is spelled more than one way.</p></section>");
            return;
        }

        w.Write("<p class=\"muted\">Every spelling of each entity: its name and aliases where the records give them, and the variants found in quotes, titles and notes (FL4001).</p>");
        foreach (var c in model.Names)
        {
            w.Write($"<h3>{Html.Text(c.Name)} <span class=\"muted\">({Html.Text(c.EntityId)})</span></h3><table><thead><tr><th scope=\"col\">Spelling</th><th scope=\"col\">As</th><th scope=\"col\">Times</th><th scope=\"col\">Where</th></tr></thead><tbody>");
            foreach (var s in c.Spellings)
            {
                w.Write($"<tr{(s.Kind == "variant" ? " class=\"outlier\"" : string.Empty)}><td>{Html.Text(s.Text)}</td><td>{Html.Text(s.Kind)}</td><td>{s.Count}</td><td>{string.Join(", ", s.Places.Select(p => Place(p, fileHref)))}</td></tr>");
            }

            w.Write("</tbody></table>");
        }

        w.Write("</section>");
    }

    private static void Origins(TextWriter w, ReportModel model, Func<FileLine, string?> fileHref)
    {
        w.Write("<section id=\"origins\" aria-labelledby=\"origins-h\"><h2 id=\"origins-h\">Sources relaying sources</h2>");
        if (model.Chains.Count == 0)
        {
            w.Write("<p class=\"muted\">No source relies on another.</p></section>");
            return;
        }

        w.Write("<p class=\"muted\">Arrows run from a source to the one it relies on; origins (which relay nothing) stand on the left. Reports of one origin are one source (FL2007).</p>");
        var i = 0;
        foreach (var chain in model.Chains)
        {
            var id = "chain-" + (++i).ToString(CultureInfo.InvariantCulture);
            w.Write($"<figure id=\"{id}\">");
            OriginGraph.Write(w, chain, id + "-graph");
            var more = chain.Hidden > 0 ? $"; and {chain.Hidden:N0} more sources further along this chain" : string.Empty;
            w.Write($"<figcaption>{string.Join(", ", chain.Sources.Select(s => $"{Html.Text(s.Id)} ({Place(s.Where, fileHref)})"))}{more}</figcaption></figure>");
            if (chain.Findings.Count > 0)
            {
                w.Write("<ul>");
                foreach (var f in chain.Findings)
                {
                    w.Write($"<li>{Html.Text(f)}</li>");
                }

                w.Write("</ul>");
            }
        }

        w.Write("</section>");
    }

    private static void Findings(TextWriter w, ReportModel model, Func<FileLine, string?> fileHref)
    {
        w.Write("<section id=\"findings\" aria-labelledby=\"findings-h\"><h2 id=\"findings-h\">Findings</h2>");
        if (model.Findings.Count == 0)
        {
            w.Write("<p>No findings.</p></section>");
            return;
        }

        var left = model.Rules.Sum(r => r.Count) - model.Findings.Count;
        if (left > 0)
        {
            w.Write($"<p class=\"muted\">The first {model.Limits.FindingsPerRule:N0} findings of each rule; {left:N0} more are in <code>factlint lint</code>'s output.</p>");
        }

        w.Write("<table><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">What is wrong</th></tr></thead><tbody>");
        foreach (var f in model.Findings)
        {
            w.Write($"<tr><td>{Place(f.Where, fileHref)}</td><td><a href=\"{Html.Text(f.HelpUri)}\">{Html.Text(f.RuleId)}</a></td><td class=\"sev-{Html.Text(f.Severity)}\">{Html.Text(f.Severity)}</td><td>{Html.Text(f.Message)}</td></tr>");
        }

        w.Write("</tbody></table></section>");
    }

    private static string Place(FileLine where, Func<FileLine, string?> fileHref)
    {
        if (where.Path == null)
        {
            return "\u2013";
        }

        var href = fileHref(where);
        var text = Html.Text(where.ToString());
        return href == null ? text : $"<a href=\"{Html.Text(href)}\">{text}</a>";
    }
}
