using System.Runtime.CompilerServices;
using FactLint.Analysis;

namespace FactLint.Rules;

/// <summary>
/// The engine's rules, listed rather than found by a reflection scan of the assembly, which cost
/// every run (one file or a whole corpus) its start-up time. A test checks the list against such
/// a scan, so a new rule cannot be left out.
/// </summary>
internal static class BuiltInRules
{
    // Analysis sits below the rules and cannot name them: the list is handed to the catalog when
    // the assembly loads, before any code of it runs.
#pragma warning disable CA2255 // A library's module initializer is what keeps the layers apart here.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => RuleCatalog.RegisterBuiltIn(All);

    internal static Rule[] All() => new Rule[]
    {
        new Structure.YamlSyntaxRule(),
        new Structure.SchemaViolationRule(),
        new Structure.DuplicateIdRule(),
        new Structure.UnknownReferenceRule(),
        new Structure.FormatVersionRule(),
        new Structure.InternalErrorRule(),
        new Sourcing.ClaimWithoutSourceRule(),
        new Sourcing.SourceNotLocatableRule(),
        new Sourcing.QuoteNotInSourceRule(),
        new Sourcing.FigureNotInQuoteRule(),
        new Sourcing.SourcePredatesEventRule(),
        new Sourcing.UnusedSourceRule(),
        new Sourcing.SingleOriginRule(),
        new Figures.ConflictingFiguresRule(),
        new Figures.DiffersFromPreferredRule(),
        new Figures.IncompatibleUnitRule(),
        new Figures.SumMismatchRule(),
        new Names.InconsistentNameSpellingRule(),
        new Names.AmbiguousAliasRule(),
        new Names.PossibleDuplicateEntityRule(),
        new Names.MixedScriptNameRule(),
        new Suppressions.UnusedSuppressionRule(),
    };
}
