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
                    // The engine's answer, as FL3001 and FL3002 reach it: the positions the compared
                    // claims take, and the claims whose unit cannot be compared.
                    var positions = group.ConflictsMatter && !group.HasPreferred ? ClaimPositions.Of(group.Compared()).Count : 1;
                    var incomparable = group.Entries.Count(e => !e.Comparable);
                    var state = positions > 1 ? $"conflict: {positions} values" : "no conflict";
                    var units = incomparable == 0 ? string.Empty : $" · {incomparable} unit{(incomparable == 1 ? string.Empty : "s")} not comparable";
                    title = string.Create(CultureInfo.InvariantCulture, $"{sources} source{(sources == 1 ? string.Empty : "s")} · {state}{units}");
                    titles[group] = title;
                }

                var start = LineMap.Of(doc.Text).GetLinePosition(claim.Node.Span.Start);
                var line = start.Line;
                lenses.Add(new CodeLens
                {
                    Range = new Protocol.Types.Range(new Position(line, 0), new Position(line, 0)),
                    // In the VS Code extension the lens opens its "Show claim group" view; elsewhere it only informs.
                    Command = _session.Settings.ClaimGroupView
                        ? new Command { Title = title, CommandIdentifier = "factlint.showClaimGroup", Arguments = ArgumentsContext.UriAndPosition(p.TextDocument.Uri, start.Line, start.Character) }
                        : new Command { Title = title, CommandIdentifier = string.Empty },
                });
            }

            return lenses;
        }
    }
}
