using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Analysis;

/// <summary>
/// Every rule id of the format spec, implemented yet or not. Config files and suppressions may
/// name any of them: a workspace configured for a newer FactLint must not break on an older one.
/// </summary>
public static class SpecRuleIds
{
    public static readonly IReadOnlyCollection<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "FL1001", "FL1002", "FL1003", "FL1004", "FL1005",
        "FL2001", "FL2002", "FL2003", "FL2004", "FL2005", "FL2006", "FL2007",
        "FL3001", "FL3002", "FL3003", "FL3004",
        "FL4001", "FL4002", "FL4003", "FL4004",
        "FL9001",
    };

    /// <summary>Ids a config or suppression may name: the spec's plus any the engine adds.</summary>
    public static IReadOnlyCollection<string> Known(RuleCatalog catalog) =>
        KnownByCatalog.GetValue(catalog, c => new HashSet<string>(All.Concat(c.Ids), StringComparer.Ordinal));

    // Asked once per file by the suppression filter: built once per catalog.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleCatalog, IReadOnlyCollection<string>> KnownByCatalog = new();
}
