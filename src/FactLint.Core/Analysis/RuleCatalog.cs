using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Analysis;

/// <summary>Every rule of the engine, ordered by id.</summary>
public sealed class RuleCatalog
{
    private static readonly Lazy<RuleCatalog> DefaultCatalog = new(() => new RuleCatalog((_builtIn ?? throw new InvalidOperationException("No rules were registered: the rules register themselves when the assembly loads (BuiltInRules)."))()));
    private static Func<IEnumerable<Rule>>? _builtIn;
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
    /// Where the default catalog's rules come from: the rules sit above this layer, so they hand
    /// their list down when the assembly loads (BuiltInRules, in the Rules folder).
    /// </summary>
    internal static void RegisterBuiltIn(Func<IEnumerable<Rule>> rules) => _builtIn = rules;
}
