using System;
using System.Linq;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.Suppressions;

/// <summary>
/// The edits that suppress a rule where it reports: a <c># factlint-disable-next-line</c> comment
/// above the line (or the rule added to one already there), or a file-wide comment at the top.
/// </summary>
public static class SuppressionEdits
{
    /// <summary>Suppresses <paramref name="ruleId"/> on the line holding <paramref name="position"/>; null when that line is inside a multi-line scalar, where a comment line would become part of the text.</summary>
    public static FileTextEdit? OnLine(FactDocument document, string ruleId, int position)
    {
        var text = document.Text;
        var line = LineMap.Of(text).Line(position);
        if (document.Tree.DescendantNodes().Any(n => n is YamlScalar && n.Span.Start < line.Start && n.Span.End > line.Start))
        {
            return null;
        }

        var existing = SuppressionParser.Parse(document.Tree)
            .FirstOrDefault(s => s.Scope == SuppressionScope.NextLine && s.TargetLine == line.LineNumber && s.Problem == null && s.Comment.IsWholeLine);
        if (existing != null)
        {
            if (existing.Rules.Any(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return new FileTextEdit(document.Path, new TextSpan(existing.Rules[existing.Rules.Count - 1].Span.End, 0), ", " + ruleId);
        }

        var indent = 0;
        while (line.Start + indent < line.End && text[line.Start + indent] == ' ')
        {
            indent++;
        }

        // A "- " that starts a list item: the comment goes at the dash's column, above the item.
        var comment = new string(' ', indent) + "# factlint-disable-next-line " + ruleId + Editing.YamlEdits.NewLine(text);
        return new FileTextEdit(document.Path, new TextSpan(line.Start, 0), comment);
    }

    /// <summary>Suppresses <paramref name="ruleId"/> in the whole file, with a comment on the first line.</summary>
    public static FileTextEdit InFile(FactDocument document, string ruleId)
    {
        var existing = SuppressionParser.Parse(document.Tree).FirstOrDefault(s => s.Scope == SuppressionScope.File && s.Problem == null && s.Rules.Count > 0);
        if (existing != null)
        {
            return new FileTextEdit(document.Path, new TextSpan(existing.Rules[existing.Rules.Count - 1].Span.End, 0), ", " + ruleId);
        }

        return new FileTextEdit(document.Path, new TextSpan(0, 0), "# factlint-disable-file " + ruleId + Editing.YamlEdits.NewLine(document.Text));
    }
}
