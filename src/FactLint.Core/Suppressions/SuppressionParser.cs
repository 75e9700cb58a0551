using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.Suppressions;

/// <summary>
/// Finds suppression comments: <c># factlint-disable-next-line FL3001 -- reason</c>,
/// <c># factlint-disable-line FL2004</c>, <c># factlint-disable-file FL4001, FL4002</c>.
/// Ids may be separated by commas or spaces; text after <c>--</c> is the reason.
/// </summary>
public static class SuppressionParser
{
    private static readonly Regex Directive = new(@"^\s*factlint-disable(?<kind>-next-line|-line|-file)?(?<rest>(\s.*)?)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    private static readonly Regex IdToken = new(@"[^\s,]+", RegexOptions.CultureInvariant);

    public static IReadOnlyList<Suppression> Parse(YamlSyntaxTree tree)
    {
        List<Suppression>? result = null;
        foreach (var comment in tree.Comments)
        {
            if (comment.Text.IndexOf("factlint-disable", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var match = Directive.Match(comment.Text);
            if (!match.Success)
            {
                continue;
            }

            var line = LineMap.Of(tree.Text).Line(comment.Span.Start).LineNumber;
            var kind = match.Groups["kind"].Value;
            var scope = kind switch
            {
                "-next-line" => SuppressionScope.NextLine,
                "-line" => SuppressionScope.Line,
                _ => SuppressionScope.File,
            };

            var rest = match.Groups["rest"];
            var idsText = rest.Value;
            string? reason = null;
            var dashes = idsText.IndexOf("--", StringComparison.Ordinal);
            if (dashes >= 0)
            {
                reason = idsText.Substring(dashes + 2).Trim();
                idsText = idsText.Substring(0, dashes);
            }

            // Comment.Text starts right after '#'.
            var textOffset = comment.Span.Start + 1 + rest.Index;
            var rules = new List<SuppressedRule>();
            foreach (Match token in IdToken.Matches(idsText))
            {
                rules.Add(new SuppressedRule(token.Value, new TextSpan(textOffset + token.Index, token.Length)));
            }

            string? problem = null;
            if (kind.Length == 0)
            {
                problem = "'factlint-disable' needs a scope: write factlint-disable-next-line, factlint-disable-line or factlint-disable-file.";
            }
            else if (rules.Count == 0)
            {
                problem = $"This suppression names no rule; add the rule ids it is meant for (e.g. 'factlint-disable{kind} FL3001').";
            }

            result ??= new List<Suppression>();
            result.Add(new Suppression(scope, comment, scope == SuppressionScope.NextLine ? line + 1 : line, rules, reason, problem));
        }

        return (IReadOnlyList<Suppression>?)result ?? Array.Empty<Suppression>();
    }
}
