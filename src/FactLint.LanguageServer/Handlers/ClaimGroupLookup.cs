using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Claims;
using FactLint.Model;
using FactLint.LanguageServer.Workspace;

namespace FactLint.LanguageServer.Handlers;

/// <summary>
/// The comparison groups of a few claims, built from only the files that hold claims of the same
/// subject and property (or declare those properties): the same grouping the rules use, at the
/// cost of those files rather than the corpus.
/// </summary>
public static class ClaimGroupLookup
{
    public static Dictionary<ClaimRecord, ClaimGroup> For(FactProject project, IReadOnlyCollection<ClaimRecord> claims)
    {
        var keys = new HashSet<(string, string)>();
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.Subject?.Id is string s && c.Property?.Value is string p)
            {
                keys.Add((s, p));
                properties.Add(p);
            }
        }

        var result = new Dictionary<ClaimRecord, ClaimGroup>(ReferenceEqualityComparer.Instance);
        if (keys.Count == 0)
        {
            return result;
        }

        var documents = project.Corpus.Documents
            .Where(d => d.Model.Claims.Any(c => c.Subject?.Id is string s && c.Property?.Value is string p && keys.Contains((s, p)))
                || d.Model.Properties.Any(p => properties.Contains(p.Id)))
            .ToList();
        var groups = ClaimGroups.Build(documents, project.Corpus.Index, project.Options.Config.ApproxTolerance);
        var wanted = new HashSet<ClaimRecord>(claims, ReferenceEqualityComparer.Instance);
        foreach (var group in groups.Groups)
        {
            foreach (var entry in group.Entries)
            {
                if (wanted.Contains(entry.Claim))
                {
                    result[entry.Claim] = group;
                }
            }
        }

        return result;
    }
}
