using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Figures;
using FactLint.Model;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Sourcing;

/// <summary>
/// FL2004 figure-not-in-quote: the quote of a quantity claim should state the claim's figure, in
/// digits ("1,500", "7.5") or words ("twenty-one", "nine million", "a dozen"), and with a hedge
/// that fits the figure's form: a quote saying "at least 25" does not support exactly 25.
/// </summary>
public sealed class FigureNotInQuoteRule : FileRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL2004", "figure-not-in-quote", "Quote does not state the claim's figure", RuleCategories.Sourcing, Severity.Warning,
        "A quantity claim's quote should contain its figure, in digits or words, and not contradict its form (exact, at least, at most, about, between).");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Unsafe;

    public override void Analyze(FileAnalysisContext context)
    {
        foreach (var claim in context.Document.Model.Claims)
        {
            if (claim.Figure is not Figure figure)
            {
                continue;
            }

            foreach (var citation in claim.Citations)
            {
                if (citation.Quote is not { IsString: true } quote || quote.Value.Trim().Length == 0)
                {
                    continue;
                }

                Check(context, claim, figure, quote);
            }
        }
    }

    private static void Check(FileAnalysisContext context, ClaimRecord claim, Figure figure, Syntax.YamlScalar quote)
    {
        // (Loops, not LINQ: this runs for every quote of the corpus.)
        var mentions = NumberScanner.Scan(quote.Value);
        var between = figure.Form == FigureForm.Between;
        for (var bound = 0; bound < (between ? 2 : 1); bound++)
        {
            var n = bound == 0 ? figure.Low : figure.High;
            if (!Mentions(mentions, n))
            {
                var said = mentions.Count == 0
                    ? "it contains no number, in digits or words"
                    : "the numbers it gives are " + string.Join(", ", mentions.Select(m => quote.Value.Substring(m.Start, m.Length)).Distinct().Take(5));
                context.Report(quote.Span, $"The quote does not state the figure {figure} ({Number(n)} is missing): {said}. Quote the words that give the figure, or correct the value.");
                return;
            }
        }

        if (between)
        {
            return;
        }

        // The number is there; its hedge must not contradict the claim's form.
        NumberMention? first = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (Same(m.Value, figure.Low))
            {
                if (Fits(figure.Form, m.Qualifier))
                {
                    return;
                }

                first ??= m;
            }
        }

        var mention = first!.Value;
        var said2 = quote.Value.Substring(mention.PhraseStart, mention.End - mention.PhraseStart);
        var hedge = mention.Qualifier == NumberQualifier.AtLeast ? "at_least" : mention.Qualifier == NumberQualifier.AtMost ? "at_most" : "approx";
        var replacement = $"{{{hedge}: {figure.LowNode.Value}}}";
        var valueNode = claim.Value ?? (Syntax.YamlNode)quote;
        var fix = new CodeFix($"Change the value to {replacement}", FixApplicability.Unsafe, ImmutableArray.Create(new FileTextEdit(context.Document.Path, valueNode.Span, replacement)), "FL2004.form") { IsPreferred = true };
        context.Report(
            valueNode.Span,
            $"The claim records {Describe(figure)}, but its quote hedges the number ({Phrase(mention.Qualifier)} \u201C{said2}\u201D); write the value as {replacement}, or quote words that state it exactly.",
            fixes: ImmutableArray.Create(fix));
    }

    private static bool Fits(FigureForm form, NumberQualifier qualifier) => (form, qualifier) switch
    {
        (_, NumberQualifier.None) => true,
        (FigureForm.Exact, NumberQualifier.Approx) => true, // "some 21" supports 21: the tolerance is the reader's
        (FigureForm.Exact, _) => false,
        (FigureForm.AtLeast, NumberQualifier.AtMost) => false,
        (FigureForm.AtMost, NumberQualifier.AtLeast) => false,
        _ => true,
    };

    private static string Describe(Figure figure) => figure.Form == FigureForm.Exact ? "exactly " + figure : figure.ToString();

    private static string Phrase(NumberQualifier q) => q switch
    {
        NumberQualifier.AtLeast => "a lower bound,",
        NumberQualifier.AtMost => "an upper bound,",
        _ => "an estimate,",
    };

    private static bool Mentions(IReadOnlyList<NumberMention> mentions, double n)
    {
        // Indexed: a foreach over the list behind its interface allocates an enumerator per quote.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (Same(mentions[i].Value, n))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static string Number(double n) => n.ToString("0.##########", CultureInfo.InvariantCulture);
}
