using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Suppressions;
using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.Analysis;

/// <summary>Applies severities and suppression comments to one file's findings, and reports suppressions that suppressed nothing (FL9001).</summary>
internal static class SuppressionFilter
{
    public static void Apply(FactDocument doc, List<Diagnostic> raw, FactLintConfig config, IReadOnlyCollection<string> knownIds, Severity? unusedSeverity, List<Diagnostic> output)
    {
        var suppressions = SuppressionParser.Parse(doc.Tree);
        var used = suppressions.Count == 0 ? null : new HashSet<SuppressedRule>();
        foreach (var d in raw)
        {
            var severity = config.EffectiveSeverity(d.Id, Diagnostic.DefaultSeverity(d.Descriptor));
            if (severity is not Severity effective)
            {
                continue;
            }

            if (used != null && TrySuppress(doc, d, suppressions, used))
            {
                continue;
            }

            output.Add(d.WithSeverity(effective));
        }

        if (unusedSeverity is not Severity unused || suppressions.Count == 0)
        {
            return;
        }

        foreach (var s in suppressions)
        {
            if (s.Problem != null)
            {
                output.Add(Report(doc, s.Comment.Span, s.Problem, unused, RemoveComment(doc, s)));
                continue;
            }

            foreach (var rule in s.Rules)
            {
                if (used!.Contains(rule))
                {
                    continue;
                }

                var isKnown = knownIds.Contains(rule.Id);
                var disabled = isKnown && config.EffectiveSeverity(rule.Id, Severity.Info) == null;
                if (disabled)
                {
                    // The rule is off in factlint.yaml: we cannot tell whether the suppression is still needed.
                    continue;
                }

                var message = isKnown
                    ? $"This suppression of {rule.Id} is unused: nothing on {Scope(s)} is reported by {rule.Id}. Remove it."
                    : $"'{rule.Id}' is not a FactLint rule id, so this suppression does nothing; fix the id or remove it (see 'factlint rules').";
                var fix = s.Rules.Count == 1 ? RemoveComment(doc, s) : RemoveId(doc, s, rule);
                output.Add(Report(doc, rule.Span, message, unused, fix));
            }
        }
    }

    private static bool TrySuppress(FactDocument doc, Diagnostic d, IReadOnlyList<Suppression> suppressions, HashSet<SuppressedRule> used)
    {
        var line = -1;
        foreach (var s in suppressions)
        {
            if (s.Scope != SuppressionScope.File)
            {
                if (line < 0)
                {
                    line = LineMap.Of(doc.Text).Line(d.Location.Span.Start).LineNumber;
                }

                if (!s.Covers(line))
                {
                    continue;
                }
            }

            foreach (var r in s.Rules)
            {
                if (string.Equals(r.Id, d.Id, StringComparison.OrdinalIgnoreCase))
                {
                    used.Add(r);
                    return true;
                }
            }
        }

        return false;
    }

    private static string Scope(Suppression s) => s.Scope switch
    {
        SuppressionScope.File => "this file",
        SuppressionScope.Line => "this line",
        _ => "the next line",
    };

    private static Diagnostic Report(FactDocument doc, TextSpan span, string message, Severity severity, CodeFix fix) =>
        new(EngineDescriptors.UnusedSuppression, severity, new SourceLocation(doc.Path, doc.Text, span), message, fixes: ImmutableArray.Create(fix));

    /// <summary>Deletes the comment; when it is alone on its line, the whole line goes, so no blank line is left behind.</summary>
    private static CodeFix RemoveComment(FactDocument doc, Suppression s)
    {
        var line = LineMap.Of(doc.Text).Line(s.Comment.Span.Start);
        TextSpan span;
        if (s.Comment.IsWholeLine)
        {
            span = TextSpan.FromBounds(line.Start, line.EndIncludingLineBreak);
        }
        else
        {
            var start = s.Comment.Span.Start;
            var text = doc.Text;
            while (start > line.Start && text[start - 1] is ' ' or '\t')
            {
                start--;
            }

            span = TextSpan.FromBounds(start, s.Comment.Span.End);
        }

        return new CodeFix("Remove the unused suppression comment", FixApplicability.Safe, ImmutableArray.Create(new FileTextEdit(doc.Path, span, string.Empty)), "FL9001.remove") { IsPreferred = true };
    }

    /// <summary>Removes one id from a list of several, with the separator before it (or after it, for the first).</summary>
    private static CodeFix RemoveId(FactDocument doc, Suppression s, SuppressedRule rule)
    {
        var index = s.Rules.ToList().IndexOf(rule);
        var span = index > 0
            ? TextSpan.FromBounds(s.Rules[index - 1].Span.End, rule.Span.End)
            : TextSpan.FromBounds(rule.Span.Start, s.Rules[1].Span.Start);
        return new CodeFix($"Remove {rule.Id} from the suppression", FixApplicability.Safe, ImmutableArray.Create(new FileTextEdit(doc.Path, span, string.Empty)), "FL9001.remove") { IsPreferred = true };
    }
}
