using FactLint.Analysis;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Suppressions;

/// <summary>FL9001: a suppression comment that suppresses nothing. Evaluated by the driver after every other rule has run.</summary>
public sealed class UnusedSuppressionRule : Rule
{
    public static readonly DiagnosticDescriptor Definition = EngineDescriptors.UnusedSuppression;

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Safe;
}
