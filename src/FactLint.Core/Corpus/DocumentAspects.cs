using System.Collections.Generic;
using FactLint.Model;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Corpus;

/// <summary>
/// Which parts of a file differ between two of its versions. A part is unchanged only when its
/// records have the same text at the same offsets: then every span and every word computed from
/// it holds for the new version too, which is what lets a corpus pass keep results across edits.
/// </summary>
public static class DocumentAspects
{
    /// <summary>The parts that differ; everything when a version is missing or aliases could carry text in from elsewhere.</summary>
    public static CorpusAspects Changed(FactDocument? before, FactDocument? after)
    {
        if (ReferenceEquals(before, after))
        {
            return CorpusAspects.None;
        }

        if (before == null || after == null || before.Tree.HasAliases || after.Tree.HasAliases)
        {
            return CorpusAspects.All & ~CorpusAspects.Archives;
        }

        var changed = CorpusAspects.None;
        var a = before.Model;
        var b = after.Model;
        if (!SameIds(a.Definitions, b.Definitions, before.Text, after.Text))
        {
            changed |= CorpusAspects.Ids;
        }

        if (!Same(a.Sources, b.Sources, s => s.Node, before.Text, after.Text))
        {
            changed |= CorpusAspects.Sources;
        }

        if (!Same(a.Entities, b.Entities, e => e.Node, before.Text, after.Text))
        {
            changed |= CorpusAspects.Entities;
        }

        if (!Same(a.Properties, b.Properties, p => p.Node, before.Text, after.Text))
        {
            changed |= CorpusAspects.Properties;
        }

        if (!Same(a.Claims, b.Claims, c => c.Node, before.Text, after.Text))
        {
            changed |= CorpusAspects.Claims;
            if (!SameReferences(a, b, before.Text, after.Text))
            {
                changed |= CorpusAspects.References;
            }
        }
        else if (!SameReferences(a, b, before.Text, after.Text))
        {
            changed |= CorpusAspects.References;
        }

        return changed;
    }

    /// <summary>The parts a file has at all (a record of that kind, an alias that could stand for one).</summary>
    public static CorpusAspects Present(FactDocument? document)
    {
        if (document == null)
        {
            return CorpusAspects.None;
        }

        if (document.Tree.HasAliases)
        {
            return CorpusAspects.All & ~CorpusAspects.Archives;
        }

        var m = document.Model;
        var present = CorpusAspects.None;
        present |= m.Definitions.Count > 0 ? CorpusAspects.Ids : CorpusAspects.None;
        present |= m.Sources.Count > 0 ? CorpusAspects.Sources : CorpusAspects.None;
        present |= m.Entities.Count > 0 ? CorpusAspects.Entities : CorpusAspects.None;
        present |= m.Properties.Count > 0 ? CorpusAspects.Properties : CorpusAspects.None;
        present |= m.Claims.Count > 0 ? CorpusAspects.Claims : CorpusAspects.None;
        present |= m.References.Count > 0 || m.Claims.Count > 0 ? CorpusAspects.References : CorpusAspects.None;
        return present;
    }

    /// <summary>Whether a span holds the same characters in both texts (the check every kept location passes).</summary>
    public static bool SameText(SourceText before, SourceText after, TextSpan span)
    {
        if (span.End > before.Length || span.End > after.Length)
        {
            return false;
        }

        // A zero-length span is an insertion point: the characters around it must agree too.
        var window = span.Length == 0
            ? TextSpan.FromBounds(System.Math.Max(0, span.Start - 1), System.Math.Min(System.Math.Min(before.Length, after.Length), span.End + 1))
            : span;
        for (var i = window.Start; i < window.End; i++)
        {
            if (before[i] != after[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, System.Func<T, YamlNode> node, SourceText before, SourceText after)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            var sa = node(a[i]).Span;
            if (sa != node(b[i]).Span || !SameText(before, after, sa))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameReferences(FactFile a, FactFile b, SourceText before, SourceText after)
    {
        if (a.References.Count != b.References.Count || a.Claims.Count != b.Claims.Count)
        {
            return false;
        }

        for (var i = 0; i < a.References.Count; i++)
        {
            var ra = a.References[i];
            var rb = b.References[i];
            if (ra.Target != rb.Target || ra.Id != rb.Id || ra.Key != rb.Key || ra.Node.Span != rb.Node.Span || !SameText(before, after, ra.Node.Span))
            {
                return false;
            }
        }

        for (var i = 0; i < a.Claims.Count; i++)
        {
            var pa = a.Claims[i].Property;
            var pb = b.Claims[i].Property;
            if (pa?.Value != pb?.Value || pa?.Span != pb?.Span)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameIds(IReadOnlyList<IdDefinition> a, IReadOnlyList<IdDefinition> b, SourceText before, SourceText after)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Kind != b[i].Kind || a[i].Id != b[i].Id || a[i].IdNode.Span != b[i].IdNode.Span || !SameText(before, after, a[i].IdNode.Span))
            {
                return false;
            }
        }

        return true;
    }
}
