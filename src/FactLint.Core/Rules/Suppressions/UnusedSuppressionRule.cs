using FactLint.Analysis;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Suppressions;

/// <summary>FL9001: a suppression comment that suppresses nothing. Evaluated by the driver after every other rule has run.</summary>
public sealed class UnusedSuppressionRule : Rule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL9001", "unused-suppression", "Unused suppression comment", RuleCategories.Suppressions, Severity.Info,
        "A factlint-disable comment names a rule that reports nothing where the comment applies, names an unknown rule, or names none.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override bool IsFixable => true;
}
