using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace FactLint.Analysis;

/// <summary>Every rule of the engine, ordered by id.</summary>
public sealed class RuleCatalog
{
    private static readonly Lazy<RuleCatalog> DefaultCatalog = new(() => new RuleCatalog(BuiltIn()));
    private readonly Dictionary<string, Rule> _byId;

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        FileRules = Rules.OfType<FileRule>().ToArray();
        CorpusRules = Rules.OfType<CorpusRule>().ToArray();
        Ids = new HashSet<string>(Rules.Select(r => r.Id), StringComparer.Ordinal);
        _byId = new Dictionary<string, Rule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            if (!_byId.ContainsKey(rule.Id))
            {
                _byId[rule.Id] = rule;
            }
        }
    }

    public static RuleCatalog Default => DefaultCatalog.Value;

    public IReadOnlyList<Rule> Rules { get; }

    public IReadOnlyList<FileRule> FileRules { get; }

    public IReadOnlyList<CorpusRule> CorpusRules { get; }

    public IReadOnlyCollection<string> Ids { get; }

    public Rule? Find(string id) => _byId.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>
    /// The engine's rules, listed rather than found by a reflection scan of the assembly, which
    /// cost every run (one file or a corpus) its start-up time. A test checks the list against
    /// such a scan, so a new rule cannot be left out.
    /// </summary>
    internal static Rule[] BuiltIn() => new Rule[]
    {
        new global::FactLint.Rules.Structure.YamlSyntaxRule(),
        new global::FactLint.Rules.Structure.SchemaViolationRule(),
        new global::FactLint.Rules.Structure.DuplicateIdRule(),
        new global::FactLint.Rules.Structure.UnknownReferenceRule(),
        new global::FactLint.Rules.Structure.FormatVersionRule(),
        new global::FactLint.Rules.Structure.InternalErrorRule(),
        new global::FactLint.Rules.Sourcing.ClaimWithoutSourceRule(),
        new global::FactLint.Rules.Sourcing.SourceNotLocatableRule(),
        new global::FactLint.Rules.Sourcing.QuoteNotInSourceRule(),
        new global::FactLint.Rules.Sourcing.FigureNotInQuoteRule(),
        new global::FactLint.Rules.Sourcing.SourcePredatesEventRule(),
        new global::FactLint.Rules.Sourcing.UnusedSourceRule(),
        new global::FactLint.Rules.Sourcing.SingleOriginRule(),
        new global::FactLint.Rules.Figures.ConflictingFiguresRule(),
        new global::FactLint.Rules.Figures.DiffersFromPreferredRule(),
        new global::FactLint.Rules.Figures.IncompatibleUnitRule(),
        new global::FactLint.Rules.Figures.SumMismatchRule(),
        new global::FactLint.Rules.Names.InconsistentNameSpellingRule(),
        new global::FactLint.Rules.Names.AmbiguousAliasRule(),
        new global::FactLint.Rules.Names.PossibleDuplicateEntityRule(),
        new global::FactLint.Rules.Names.MixedScriptNameRule(),
        new global::FactLint.Rules.Suppressions.UnusedSuppressionRule(),
    };

    /// <summary>Every concrete rule type of the engine's assembly (what <see cref="BuiltIn"/> must list).</summary>
    internal static IEnumerable<Type> RuleTypesInAssembly() =>
        typeof(Rule).GetTypeInfo().Assembly.GetTypes()
            .Where(t => !t.GetTypeInfo().IsAbstract && typeof(Rule).GetTypeInfo().IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null);
}
