using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Diagnostics;
using FactLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// The one place where fixes become text: <c>factlint fix</c>, the language server's quick fixes
/// and fix-all, and the Roslyn code fix all go through it. Edits are grouped by the file they
/// edit (a fix may edit several files; it is applied whole, in every file, or not at all), every
/// inserted line break becomes the file's own (<see cref="LineBreaks.Of"/>), and a fix that
/// overlaps one already taken waits for the next round, recomputed against the new text — the way
/// markdownlint and Ruff resolve conflicting fixes. Two findings that offer the very same edits
/// (two mentions asking for one alias) are fixed once.
/// </summary>
public static class FixApplier
{
    /// <summary>One fix's edits as changes to each file's current text, line breaks already the file's own; null when an edit no longer fits its file.</summary>
    public static IReadOnlyList<FileChanges>? Resolve(CodeFix fix, Func<string, SourceText?> textOf)
    {
        var result = new List<FileChanges>();
        foreach (var group in fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal))
        {
            var text = textOf(group.Key);
            if (text == null)
            {
                return null;
            }

            var spans = group.Select(e => e.Span).ToList();
            if (spans.Any(s => s.End > text.Length) || SelfOverlapping(spans))
            {
                return null;
            }

            var lineBreak = LineBreaks.Of(text);
            var changes = group.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length)
                .Select(e => new TextChange(e.Span, LineBreaks.Normalize(e.NewText, lineBreak)))
                .ToImmutableArray();
            result.Add(new FileChanges(group.Key, text, changes));
        }

        return result;
    }

    /// <summary>Applies as many of <paramref name="fixes"/> as fit together, in the order given.</summary>
    public static FixApplication Apply(IEnumerable<CodeFix> fixes, Func<string, SourceText?> textOf)
    {
        var taken = new Dictionary<string, List<TextChange>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var applied = new List<CodeFix>();
        var deferred = new List<(CodeFix Fix, string Reason)>();
        foreach (var fix in fixes)
        {
            if (fix.Edits.IsEmpty)
            {
                deferred.Add((fix, "it has no edits"));
                continue;
            }

            var resolved = Resolve(fix, path => texts.TryGetValue(path, out var t) ? t : textOf(path));
            if (resolved == null)
            {
                deferred.Add((fix, "its edits no longer fit the file"));
                continue;
            }

            var duplicate = resolved.All(f => taken.TryGetValue(f.Path, out var mine) && f.Changes.All(c => mine.Contains(c)));
            if (duplicate)
            {
                applied.Add(fix);
                continue;
            }

            if (resolved.Any(f => taken.TryGetValue(f.Path, out var mine) && f.Changes.Any(c => mine.Any(t => Touch(t.Span, c.Span)))))
            {
                deferred.Add((fix, "it overlaps another fix; it is retried on the next round"));
                continue;
            }

            foreach (var file in resolved)
            {
                texts[file.Path] = file.Before;
                if (!taken.TryGetValue(file.Path, out var mine))
                {
                    taken[file.Path] = mine = new List<TextChange>();
                }

                mine.AddRange(file.Changes);
            }

            applied.Add(fix);
        }

        var after = taken.ToDictionary(
            p => p.Key,
            p => texts[p.Key].WithChanges(p.Value.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length)),
            StringComparer.Ordinal);
        return new FixApplication(after, applied, deferred);
    }

    private static bool SelfOverlapping(List<TextSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            for (var j = i + 1; j < spans.Count; j++)
            {
                if (Touch(spans[i], spans[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Two edits conflict when their spans overlap, when an insertion falls inside a replaced span,
    /// or when both insert at one point (their order would be a guess).
    /// </summary>
    private static bool Touch(TextSpan a, TextSpan b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            return a.Start == b.Start;
        }

        if (a.IsEmpty || b.IsEmpty)
        {
            var (point, span) = a.IsEmpty ? (a.Start, b) : (b.Start, a);
            return point > span.Start && point < span.End;
        }

        return a.OverlapsWith(b);
    }
}
