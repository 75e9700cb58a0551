using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol.JsonRpc;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Text;

namespace FactLint.LanguageServer.Handlers;

/// <summary>Renames an id everywhere it is defined or referenced; refuses what is not an id, invalid ids, and ids already taken.</summary>
public sealed partial class RenameHandler
{
    private readonly WorkspaceSession _session;
    private readonly Func<bool> _documentChanges;

    public RenameHandler(WorkspaceSession session, Func<bool> documentChanges)
    {
        _session = session;
        _documentChanges = documentChanges;
    }

    public async Task<PrepareRenameResult> PrepareAsync(PrepareRenameParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (_, _, doc) = _session.Current(p.TextDocument.Uri);
            if (doc == null || IdLocator.At(doc, TextChanges.ToOffset(doc.Text, p.Position)) is not IdHit hit)
            {
                throw new JsonRpcException(ErrorCodes.RequestFailed, "Only an id can be renamed here: put the cursor on a source, entity, property or claim id, or on a reference to one.");
            }

            return new PrepareRenameResult { Range = TextChanges.ToRange(doc.Text, IdLocator.ValueSpan(doc.Text, hit.Node)), Placeholder = hit.Id };
        }
    }

    public async Task<WorkspaceEdit> RenameAsync(RenameParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (_, project, doc) = _session.Current(p.TextDocument.Uri);
            if (doc == null || IdLocator.At(doc, TextChanges.ToOffset(doc.Text, p.Position)) is not IdHit hit)
            {
                throw new JsonRpcException(ErrorCodes.RequestFailed, "Only an id can be renamed here: put the cursor on a source, entity, property or claim id, or on a reference to one.");
            }

            var newName = p.NewName.Trim();
            if (!IdPattern().IsMatch(newName))
            {
                throw new JsonRpcException(ErrorCodes.InvalidParams, $"'{newName}' is not a valid id: ids are lower-case letters, digits, '.', '_' and '-', starting with a letter or digit (for example vahdat-riot-2019).");
            }

            if (newName == hit.Id)
            {
                return new WorkspaceEdit { Changes = new Dictionary<string, List<TextEdit>>() };
            }

            var existing = IdLocator.Definitions(project.Corpus, newName, hit.Namespace);
            if (existing.Count > 0)
            {
                var taken = existing[0];
                var line = LineMap.Of(project.Corpus[taken.Path]!.Text).LineNumber(taken.IdNode.Span.Start) + 1;
                throw new JsonRpcException(ErrorCodes.RequestFailed, $"'{newName}' is already the id of a {taken.Kind.ToString().ToLowerInvariant()} ({taken.Path}:{line}); renaming would merge the two. Choose another id.");
            }

            var byFile = IdLocator.Occurrences(project.Corpus, hit.Id, hit.Namespace).GroupBy(o => o.Document.Path, StringComparer.Ordinal);
            var edits = new List<(string Uri, int? Version, List<TextEdit> Edits)>();
            foreach (var file in byFile)
            {
                var text = file.First().Document.Text;
                var open = _session.OpenDocumentOf(project, file.Key);
                edits.Add((_session.UriOf(project, file.Key), open?.Version, file.Select(o => new TextEdit { Range = TextChanges.ToRange(text, IdLocator.ValueSpan(text, o.Node)), NewText = newName }).ToList()));
            }

            return WorkspaceEdits.Create(edits, _documentChanges());
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
