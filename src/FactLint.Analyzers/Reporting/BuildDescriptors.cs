using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Rules.Structure;
using FactLint.Rules.Suppressions;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Reporting;

/// <summary>
/// The engine's descriptors as the compiler sees them: same id, title, category, default
/// severity and help link, plus the <c>CompilationEnd</c> tag on rules that need the whole
/// corpus, which tells the IDE that they appear after a build or full-solution analysis rather
/// than as one types.
/// </summary>
internal static class BuildDescriptors
{
    private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticDescriptor>> ById = new(Create);

    public static ImmutableArray<DiagnosticDescriptor> All => ById.Value.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    public static DiagnosticDescriptor Get(string id) => ById.Value[id];

    /// <summary>Ids reported from the compilation-end action: corpus rules, unused suppressions (known only once corpus rules ran), and engine failures.</summary>
    public static bool IsCompilationEnd(Rule rule) =>
        rule is CorpusRule || rule.Id == UnusedSuppressionRule.Definition.Id || rule.Id == InternalErrorRule.Definition.Id;

    private static Dictionary<string, DiagnosticDescriptor> Create()
    {
        var result = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var d = rule.Descriptor;
            var tags = IsCompilationEnd(rule) ? d.CustomTags.Append(WellKnownDiagnosticTags.CompilationEnd) : d.CustomTags;
            result[d.Id] = new DiagnosticDescriptor(d.Id, d.Title, d.MessageFormat, d.Category, d.DefaultSeverity, d.IsEnabledByDefault, d.Description, d.HelpLinkUri, tags.ToArray());
        }

        return result;
    }
}
