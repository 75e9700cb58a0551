using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactLint.Analysis;

/// <summary>
/// A rule: one stable id, its descriptor (title, category, default severity, help link) and a
/// kebab-case name. Rules are found by <see cref="RuleCatalog"/>, never listed by hand.
/// </summary>
public abstract class Rule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    /// <summary>The rule's name as the spec writes it (yaml-syntax, duplicate-id, ...).</summary>
    public string Name => Descriptor.CustomTags.FirstOrDefault() ?? Id;

    /// <summary>True when the rule can offer fixes (shown by <c>factlint rules</c>).</summary>
    public virtual bool IsFixable => false;
}
