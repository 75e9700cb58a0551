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

    /// <summary>The kinds of fix the rule offers (shown by <c>factlint rules</c>).</summary>
    public virtual FactLint.Diagnostics.FixKinds FixKinds => FactLint.Diagnostics.FixKinds.None;

    /// <summary>True when a fix run can apply one of the rule's fixes (display-only guidance does not count).</summary>
    public bool IsFixable => (FixKinds & (FactLint.Diagnostics.FixKinds.Safe | FactLint.Diagnostics.FixKinds.Unsafe)) != 0;
}
