using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace FactLint.Analysis;

/// <summary>Every rule of the engine, discovered once by reflection and ordered by id.</summary>
public sealed class RuleCatalog
{
    private static readonly Lazy<RuleCatalog> DefaultCatalog = new(() => new RuleCatalog(Discover()));

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        FileRules = Rules.OfType<FileRule>().ToArray();
        CorpusRules = Rules.OfType<CorpusRule>().ToArray();
        Ids = new HashSet<string>(Rules.Select(r => r.Id), StringComparer.Ordinal);
    }

    public static RuleCatalog Default => DefaultCatalog.Value;

    public IReadOnlyList<Rule> Rules { get; }

    public IReadOnlyList<FileRule> FileRules { get; }

    public IReadOnlyList<CorpusRule> CorpusRules { get; }

    public IReadOnlyCollection<string> Ids { get; }

    public Rule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Rule> Discover() =>
        typeof(Rule).GetTypeInfo().Assembly.GetTypes()
            .Where(t => !t.GetTypeInfo().IsAbstract && typeof(Rule).GetTypeInfo().IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null)
            .Select(t => (Rule)Activator.CreateInstance(t)!);
}
