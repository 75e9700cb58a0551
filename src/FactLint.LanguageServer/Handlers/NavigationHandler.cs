using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;

namespace FactLint.LanguageServer.Handlers;

/// <summary>Go to definition and find references for every id: sources, entities, properties and claims, across files.</summary>
public sealed class NavigationHandler
{
    private readonly WorkspaceSession _session;

    public NavigationHandler(WorkspaceSession session) => _session = session;

    public async Task<List<Location>> DefinitionAsync(DefinitionParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (_, project, doc) = _session.Current(p.TextDocument.Uri);
            if (doc == null || IdLocator.At(doc, TextChanges.ToOffset(doc.Text, p.Position)) is not IdHit hit)
            {
                return new List<Location>();
            }

            return IdLocator.Definitions(project.Corpus, hit.Id, hit.Namespace)
                .OrderBy(d => d.Path, System.StringComparer.Ordinal)
                .Select(d => new Location { Uri = _session.UriOf(project, d.Path), Range = TextChanges.ToRange(project.Corpus[d.Path]!.Text, d.IdNode.Span) })
                .ToList();
        }
    }

    public async Task<List<Location>> ReferencesAsync(ReferenceParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (_, project, doc) = _session.Current(p.TextDocument.Uri);
            if (doc == null || IdLocator.At(doc, TextChanges.ToOffset(doc.Text, p.Position)) is not IdHit hit)
            {
                return new List<Location>();
            }

            return IdLocator.Occurrences(project.Corpus, hit.Id, hit.Namespace)
                .Where(o => p.Context.IncludeDeclaration || !o.IsDefinition)
                .Select(o => new Location { Uri = _session.UriOf(project, o.Document.Path), Range = TextChanges.ToRange(o.Document.Text, IdLocator.ValueSpan(o.Document.Text, o.Node)) })
                .ToList();
        }
    }
}
