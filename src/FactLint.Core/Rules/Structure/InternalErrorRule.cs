using FactLint.Analysis;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Structure;

/// <summary>FL0001: a rule crashed. Reported instead of crashing the run, like the compiler's AD0001.</summary>
public sealed class InternalErrorRule : Rule
{
    public static readonly DiagnosticDescriptor Definition = EngineDescriptors.InternalError;

    public override DiagnosticDescriptor Descriptor => Definition;
}
