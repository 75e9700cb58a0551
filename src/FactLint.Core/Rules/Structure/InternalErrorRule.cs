using FactLint.Analysis;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Structure;

/// <summary>FL0001: a rule crashed. Reported instead of crashing the run, like the compiler's AD0001.</summary>
public sealed class InternalErrorRule : Rule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL0001", "internal-error", "A FactLint rule failed", RuleCategories.Structure, Severity.Error,
        "A rule threw an exception on a file. The other rules still ran; this rule's findings for the file are missing.");

    public override DiagnosticDescriptor Descriptor => Definition;
}
