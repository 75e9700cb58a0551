using System;
using System.Collections.Generic;
using FactLint.Analysis;
using FactLint.Corpus;
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
        // Whether a file's sources are cited depends on the references of every file: the set is
        // built only when some file must be looked at again, from each file's cited ids (kept).
        HashSet<string>? used = null;
        context.ForEachDocument(CorpusAspects.References, doc =>
        {
            if (doc.Model.Sources.Count == 0)
            {
                return;
            }

            used ??= Cited(context);
            foreach (var source in doc.Model.Sources)
            {
                if (!used.Contains(source.Id))
                {
                    context.Report(doc, source.IdNode.Span, $"The source '{source.Id}' is not cited by any claim, and no other source relies on it; cite it where it supports a claim, or remove it.");
                }
            }
        });
    }

    private static HashSet<string> Cited(CorpusAnalysisContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in context.Documents)
        {
            used.UnionWith(context.PerDocument(doc, CorpusAspects.None, CitedSources.Of).Ids);
        }

        return used;
    }

    /// <summary>The source ids one file refers to.</summary>
    private sealed class CitedSources
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public static CitedSources Of(FactDocument doc)
        {
            var cited = new CitedSources();
            foreach (var reference in doc.Model.References)
            {
                if (reference.Target == ReferenceTarget.Source)
                {
                    cited.Ids.Add(reference.Id);
                }
            }

            return cited;
        }
    }
}
