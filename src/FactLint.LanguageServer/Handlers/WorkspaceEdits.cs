using System.Collections.Generic;
using System.Linq;
using FactLint.LanguageServer.Protocol.Types;

namespace FactLint.LanguageServer.Handlers;

/// <summary>
/// Builds workspace edits: versioned document changes where the client supports them, so an edit
/// computed for an older text is refused, not misapplied; and, for a change the user must review,
/// every edit annotated with one change annotation that needs confirmation (VS Code then shows
/// the refactor preview instead of applying it at once).
/// </summary>
public static class WorkspaceEdits
{
    public const string ReviewAnnotationId = "factlint.review";

    public static WorkspaceEdit Create(IEnumerable<(string Uri, int? Version, List<TextEdit> Edits)> files, bool documentChanges, ChangeAnnotation? review = null)
    {
        if (documentChanges)
        {
            return new WorkspaceEdit
            {
                DocumentChanges = files.Select(f => (object)new TextDocumentEdit
                {
                    TextDocument = new OptionalVersionedTextDocumentIdentifier { Uri = f.Uri, Version = f.Version },
                    Edits = f.Edits.Select(e => review == null
                        ? (object)e
                        : new AnnotatedTextEdit { Range = e.Range, NewText = e.NewText, AnnotationId = ReviewAnnotationId }).ToList(),
                }).ToList(),
                ChangeAnnotations = review == null ? null : new Dictionary<string, ChangeAnnotation> { [ReviewAnnotationId] = review },
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
