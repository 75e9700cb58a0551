using System;
using System.Collections.Generic;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Model;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Sourcing;

/// <summary>FL2006 unused-source: a source no claim cites and no other source relies on.</summary>
public sealed class UnusedSourceRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL2006", "unused-source", "Source is never cited", RuleCategories.Sourcing, Severity.Info,
        "A source that no claim cites and no source lists in relies_on: cite it, or remove it if it is no longer needed.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override void Analyze(CorpusAnalysisContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in context.Documents)
        {
            foreach (var reference in doc.Model.References)
            {
                if (reference.Target == ReferenceTarget.Source)
                {
                    used.Add(reference.Id);
                }
            }
        }

        foreach (var doc in context.Documents)
        {
            foreach (var source in doc.Model.Sources)
            {
                if (!used.Contains(source.Id))
                {
                    context.Report(doc, source.IdNode.Span, $"The source '{source.Id}' is not cited by any claim, and no other source relies on it; cite it where it supports a claim, or remove it.");
                }
            }
        }
    }
}
