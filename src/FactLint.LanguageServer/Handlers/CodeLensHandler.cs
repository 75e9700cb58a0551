using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;

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
            var conflicts = ConflictRules.SelectMany(project.CorpusFindingsOf).ToList();
            foreach (var claim in doc.Model.Claims)
            {
                if (!groups.TryGetValue(claim, out var group) || group.Entries.Count < 2)
                {
                    continue;
                }

                var sources = group.Entries.SelectMany(e => e.Claim.Citations).Where(c => c.Source != null).Select(c => c.Source!.Id).Distinct(StringComparer.Ordinal).Count();
                var conflicting = group.Entries.Count(e => conflicts.Any(d => d.Location.Path == e.Document.Path && e.Claim.Node.Span.Contains(d.Location.Span.Start)));
                var title = string.Create(CultureInfo.InvariantCulture, $"{sources} source{(sources == 1 ? string.Empty : "s")} · {(conflicting == 0 ? "no conflict" : conflicting == 1 ? "1 conflict" : $"{conflicting} conflicts")}");
                var line = doc.Text.Lines.GetLinePosition(claim.Node.Span.Start).Line;
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
