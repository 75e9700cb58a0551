using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Claims;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Text;

namespace FactLint.LanguageServer.Handlers;

/// <summary>"3 sources · 1 conflict" above each claim that other claims are compared with (off unless the factlint.codeLens setting is on).</summary>
public sealed class CodeLensHandler
{
    private static readonly string[] ConflictRules = { "FL3001", "FL3002" };

    private readonly WorkspaceSession _session;

    public CodeLensHandler(WorkspaceSession session) => _session = session;

    public async Task<List<CodeLens>> CodeLensAsync(CodeLensParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var lenses = new List<CodeLens>();
            var (_, project, doc) = _session.Current(p.TextDocument.Uri);
            if (!_session.Settings.CodeLens || doc == null || doc.Model.Claims.Count == 0)
            {
                return lenses;
            }

            var groups = ClaimGroupLookup.For(project, doc.Model.Claims.ToList());
            // Conflict findings by file, so each claim looks only at its own file's few (not every conflict of the corpus).
            var conflicts = ConflictRules.SelectMany(project.CorpusFindingsOf)
                .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(d => d.Location.Span.Start).ToList(), StringComparer.Ordinal);
            var titles = new Dictionary<ClaimGroup, string>(ReferenceEqualityComparer.Instance);
            foreach (var claim in doc.Model.Claims)
            {
                if (!groups.TryGetValue(claim, out var group) || group.Entries.Count < 2)
                {
                    continue;
                }

                if (!titles.TryGetValue(group, out var title))
                {
                    var sources = group.Entries.SelectMany(e => e.Claim.Citations).Where(c => c.Source != null).Select(c => c.Source!.Id).Distinct(StringComparer.Ordinal).Count();
                    var conflicting = group.Entries.Count(e => conflicts.TryGetValue(e.Document.Path, out var starts) && starts.Exists(s => e.Claim.Node.Span.Contains(s)));
                    title = string.Create(CultureInfo.InvariantCulture, $"{sources} source{(sources == 1 ? string.Empty : "s")} · {(conflicting == 0 ? "no conflict" : conflicting == 1 ? "1 conflict" : $"{conflicting} conflicts")}");
                    titles[group] = title;
                }

                var line = LineMap.Of(doc.Text).LineNumber(claim.Node.Span.Start);
                lenses.Add(new CodeLens
                {
                    Range = new Protocol.Types.Range(new Position(line, 0), new Position(line, 0)),
                    Command = new Command { Title = title, CommandIdentifier = string.Empty },
                });
            }

            return lenses;
        }
    }
}
