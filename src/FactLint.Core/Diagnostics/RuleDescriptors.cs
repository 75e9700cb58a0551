using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Diagnostics;

/// <summary>Builds descriptors the same way for every rule, so ids, help links and categories cannot drift.</summary>
public static class RuleDescriptors
{
    public const string DocsBaseUrl = "https://github.com/factlint/factlint/blob/main/docs/rules/";

    public static DiagnosticDescriptor Create(string id, string name, string title, string category, Severity defaultSeverity, string description) =>
        new(
            id,
            title,
            messageFormat: "{0}",
            category,
            defaultSeverity.ToRoslyn(),
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: DocsBaseUrl + id + ".md",
            customTags: new[] { name });
}
