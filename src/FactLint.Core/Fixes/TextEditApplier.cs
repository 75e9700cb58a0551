using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// Applies the edits of several fixes to one file. A fix is applied whole or not at all: one whose
/// edits overlap an edit already taken (or each other) waits for the next round, when it is
/// recomputed against the new text — the way markdownlint and Ruff resolve conflicting fixes.
/// New text takes the file's line endings, so a fix never mixes LF into a CRLF file.
/// </summary>
public static class TextEditApplier
{
    /// <returns>The new text and the fixes applied (in the order given), or the same text and none.</returns>
    public static (SourceText Text, IReadOnlyList<CodeFix> Applied) Apply(SourceText text, string path, IEnumerable<CodeFix> fixes)
    {
        var taken = new List<TextSpan>();
        var edits = new List<TextChange>();
        var applied = new List<CodeFix>();
        var newline = LineEnding(text);
        foreach (var fix in fixes)
        {
            var mine = fix.Edits.Where(e => e.Path == path).ToList();
            if (mine.Count == 0 || mine.Count != fix.Edits.Length || !mine.All(e => e.Span.End <= text.Length) || Overlaps(mine.Select(e => e.Span), taken))
            {
                // Edits in another file are applied by that file's pass only when the fix is wholly
                // local; a multi-file fix is left to the editor, which can apply it as one change.
                continue;
            }

            foreach (var e in mine)
            {
                taken.Add(e.Span);
                edits.Add(new TextChange(e.Span, newline == "\n" ? e.NewText : WithLineEnding(e.NewText, newline)));
            }

            applied.Add(fix);
        }

        return applied.Count == 0 ? (text, applied) : (text.WithChanges(edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length)), applied);
    }

    private static bool Overlaps(IEnumerable<TextSpan> spans, List<TextSpan> taken)
    {
        var list = spans.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (taken.Any(t => Touch(t, list[i])) || list.Skip(i + 1).Any(o => Touch(o, list[i])))
            {
                return true;
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

    /// <summary>The file's line ending: CRLF when most of its line breaks are CRLF.</summary>
    public static string LineEnding(SourceText text)
    {
        int crlf = 0, lf = 0;
        foreach (var line in text.Lines)
        {
            var breakLength = line.EndIncludingLineBreak - line.End;
            if (breakLength == 2)
            {
                crlf++;
            }
            else if (breakLength == 1)
            {
                lf++;
            }
        }

        return crlf > lf ? "\r\n" : "\n";
    }

    private static string WithLineEnding(string text, string newline)
    {
        if (text.IndexOf('\n') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            {
                sb.Append(newline);
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }
}
