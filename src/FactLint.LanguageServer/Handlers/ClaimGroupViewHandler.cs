using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Diagnostics;
using FactLint.LanguageServer.Protocol.Extensions;
using FactLint.LanguageServer.Workspace;
using FactLint.Model;
using FactLint.Reporting;
using FactLint.Reporting.Html;

namespace FactLint.LanguageServer.Handlers;

/// <summary>
/// <c>factlint/claimGroupView</c>: the claim group under the cursor drawn as the HTML report draws
/// it, from the same engine queries (the group as the rules form it, the findings the editor shows).
/// Places link to <c>command:factlint.openLocation</c>, which the extension opens.
/// </summary>
public sealed class ClaimGroupViewHandler
{
    private readonly WorkspaceSession _session;

    public ClaimGroupViewHandler(WorkspaceSession session) => _session = session;

    public async Task<ClaimGroupView?> ViewAsync(ClaimGroupViewParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (_, project, doc) = _session.Current(p.TextDocument.Uri);
            if (doc == null)
            {
                return null;
            }

            ClaimRecord? claim = null;
            if (p.Position != null)
            {
                claim = IdLocator.RecordAt(doc.Model, TextChanges.ToOffset(doc.Text, p.Position)) as ClaimRecord;
            }

            if (claim == null && p.Subject != null && p.Property != null)
            {
                claim = doc.Model.Claims.Concat(project.Corpus.Documents.SelectMany(d => d.Model.Claims))
                    .FirstOrDefault(c => c.Subject?.Id == p.Subject && c.Property?.Value == p.Property && (p.AsOf == null || p.AsOf.Length == 0 || c.AsOf?.Value == p.AsOf) && !c.IsDeprecated);
            }

            if (claim == null || !ClaimGroupLookup.For(project, new[] { claim }).TryGetValue(claim, out var group))
            {
                return null;
            }

            var findings = new List<Diagnostic>();
            foreach (var path in group.Entries.Select(e => e.Document.Path).Distinct(StringComparer.Ordinal))
            {
                findings.AddRange(project.DiagnosticsOf(path));
            }

            var view = ReportBuilder.Group(project.Corpus, group, findings);
            var html = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            HtmlReport.WriteGroup(html, view, where => OpenLink(_session.UriOf(project, where.Path), where.Line));
            return new ClaimGroupView
            {
                Title = view.Title,
                Html = html.ToString(),
                Subject = view.Subject,
                Property = view.Property,
                AsOf = view.AsOf,
                Claims = view.Rows.Count,
                InDisagreement = view.InDisagreement,
            };
        }
    }

    /// <summary>A command link the extension's webview allows (enableCommandUris): open the file at the line.</summary>
    private static string OpenLink(string uri, int line) =>
        "command:factlint.openLocation?" + Uri.EscapeDataString("[" + JsonSerializer.Serialize(uri, ArgumentsContext.Default.String) + "," + (line - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
}
