using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Corpus;
using FactLint.Model;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.LanguageServer.Handlers;

/// <summary>Ids live in two namespaces: sources, entities and claims share one; properties have their own.</summary>
public enum IdNamespace
{
    Record,
    Property,
}

/// <summary>An id under the cursor: where it is written and whether that is its definition.</summary>
public sealed record IdHit(string Id, IdNamespace Namespace, YamlScalar Node, bool IsDefinition, ReferenceTarget? Target);

/// <summary>One place an id is written, anywhere in the corpus.</summary>
public sealed record IdOccurrence(FactDocument Document, YamlScalar Node, bool IsDefinition);

/// <summary>Finds ids at a position and every occurrence of an id in the corpus (one pass over the corpus's id lists, no text search).</summary>
public static class IdLocator
{
    public static IdHit? At(FactDocument document, int offset)
    {
        foreach (var d in document.Model.Definitions)
        {
            if (Touches(d.IdNode.Span, offset))
            {
                return new IdHit(d.Id, d.Kind == RecordKind.Property ? IdNamespace.Property : IdNamespace.Record, d.IdNode, true, null);
            }
        }

        foreach (var r in document.Model.References)
        {
            if (Touches(r.Node.Span, offset))
            {
                return new IdHit(r.Id, NamespaceOf(r.Target), r.Node, false, r.Target);
            }
        }

        foreach (var c in document.Model.Claims)
        {
            if (c.Property is { IsString: true } p && Touches(p.Span, offset))
            {
                return new IdHit(p.Value, IdNamespace.Property, p, false, ReferenceTarget.Property);
            }
        }

        return null;
    }

    public static IdNamespace NamespaceOf(ReferenceTarget target) => target == ReferenceTarget.Property ? IdNamespace.Property : IdNamespace.Record;

    public static IReadOnlyList<IdDefinition> Definitions(FactCorpus corpus, string id, IdNamespace ns) =>
        ns == IdNamespace.Property ? corpus.Index.PropertyDeclarations(id) : corpus.Index.Records(id);

    public static List<IdOccurrence> Occurrences(FactCorpus corpus, string id, IdNamespace ns)
    {
        var result = new List<IdOccurrence>();
        foreach (var doc in corpus.Documents)
        {
            var model = doc.Model;
            foreach (var d in model.Definitions)
            {
                if (d.Id == id && (d.Kind == RecordKind.Property) == (ns == IdNamespace.Property))
                {
                    result.Add(new IdOccurrence(doc, d.IdNode, true));
                }
            }

            foreach (var r in model.References)
            {
                if (r.Id == id && NamespaceOf(r.Target) == ns)
                {
                    result.Add(new IdOccurrence(doc, r.Node, false));
                }
            }

            if (ns == IdNamespace.Property)
            {
                foreach (var c in model.Claims)
                {
                    if (c.Property is { IsString: true } p && p.Value == id)
                    {
                        result.Add(new IdOccurrence(doc, p, false));
                    }
                }
            }
        }

        return result.OrderBy(o => o.Document.Path, StringComparer.Ordinal).ThenBy(o => o.Node.Span.Start).ToList();
    }

    /// <summary>The characters of a scalar's value: inside its quotes, if it has them.</summary>
    public static TextSpan ValueSpan(SourceText text, YamlScalar scalar)
    {
        var span = scalar.Span;
        if (span.Length >= 2 && text[span.Start] is '"' or '\'' && text[span.End - 1] == text[span.Start])
        {
            return TextSpan.FromBounds(span.Start + 1, span.End - 1);
        }

        return span;
    }

    /// <summary>The cursor is on a span when it is inside it or just after its last character.</summary>
    public static bool Touches(TextSpan span, int offset) => span.Start <= offset && offset <= span.End;

    /// <summary>The innermost record mapping (source, entity, property or claim) holding the offset.</summary>
    public static object? RecordAt(FactFile model, int offset)
    {
        foreach (var c in model.Claims)
        {
            if (c.Node.Span.Contains(offset))
            {
                return c;
            }
        }

        foreach (var e in model.Entities)
        {
            if (e.Node.Span.Contains(offset))
            {
                return e;
            }
        }

        foreach (var s in model.Sources)
        {
            if (s.Node.Span.Contains(offset))
            {
                return s;
            }
        }

        return model.Properties.FirstOrDefault(p => p.Node.Span.Contains(offset));
    }
}
