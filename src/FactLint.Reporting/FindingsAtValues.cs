using System.Collections.Generic;
using FactLint.Diagnostics;
using FactLint.Rules.Figures;

namespace FactLint.Reporting;

/// <summary>The figure findings by the value they point at (path, offset): FL3001's message marks a group in disagreement and its outlier; the others (units, sums, the preferred claim) are notes.</summary>
internal sealed class FindingsAtValues
{
    public Dictionary<(string, int), string> Conflicts { get; } = new();

    public Dictionary<(string, int), List<Diagnostic>> Others { get; } = new();

    public static FindingsAtValues Of(IReadOnlyList<Diagnostic> findings)
    {
        var result = new FindingsAtValues();
        foreach (var d in findings)
        {
            var key = (d.Location.Path, d.Location.Span.Start);
            if (d.Id == ConflictingFiguresRule.Definition.Id)
            {
                result.Conflicts[key] = d.Message;
            }
            else if (d.Descriptor.Category == RuleCategories.Figures)
            {
                if (!result.Others.TryGetValue(key, out var list))
                {
                    result.Others[key] = list = new List<Diagnostic>();
                }

                list.Add(d);
            }
        }

        return result;
    }
}
