using System.Collections.Generic;
using System.Linq;
using FactLint.LanguageServer.Protocol.Types;

namespace FactLint.LanguageServer.Handlers;

/// <summary>Builds workspace edits: versioned document changes where the client supports them, so an edit computed for an older text is refused, not misapplied.</summary>
public static class WorkspaceEdits
{
    public static WorkspaceEdit Create(IEnumerable<(string Uri, int? Version, List<TextEdit> Edits)> files, bool documentChanges)
    {
        if (documentChanges)
        {
            return new WorkspaceEdit
            {
                DocumentChanges = files.Select(f => (object)new TextDocumentEdit
                {
                    TextDocument = new OptionalVersionedTextDocumentIdentifier { Uri = f.Uri, Version = f.Version },
                    Edits = f.Edits,
                }).ToList(),
            };
        }

        var changes = new Dictionary<string, List<TextEdit>>();
        foreach (var f in files)
        {
            if (!changes.TryGetValue(f.Uri, out var list))
            {
                list = new List<TextEdit>();
                changes[f.Uri] = list;
            }

            list.AddRange(f.Edits);
        }

        return new WorkspaceEdit { Changes = changes };
    }
}
