using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Syntax;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Sourcing;

/// <summary>FL2001 claim-without-source: a claim must cite at least one source.</summary>
public sealed class ClaimWithoutSourceRule : FileRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL2001", "claim-without-source", "Claim without a source", RuleCategories.Sourcing, Severity.Warning,
        "Every claim cites at least one source under 'sources' (a source id, ideally with the quote that states the value); an unsourced claim cannot be checked.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override void Analyze(FileAnalysisContext context)
    {
        foreach (var claim in context.Document.Model.Claims)
        {
            if (!claim.Citations.IsEmpty)
            {
                continue;
            }

            var name = claim.Id != null ? $"The claim '{claim.Id}'" : "This claim";
            if (claim.Node.TryGetEntry("sources", out var entry))
            {
                context.Report(entry.Value.Span, $"{name} lists no sources; add a citation ('- source: <source id>' with the quote that states the value).");
            }
            else
            {
                var anchor = (YamlNode?)claim.IdNode ?? (claim.Node.Entries.Count > 0 ? claim.Node.Entries[0].Key : claim.Node);
                context.Report(anchor.Span, $"{name} has no 'sources'; add the source that states it, e.g. 'sources: [{{source: <source id>, quote: \"<its words>\"}}]'.");
            }
        }
    }
}
