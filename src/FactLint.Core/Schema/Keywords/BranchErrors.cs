using System.Collections.Generic;
using System.Linq;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>
/// When no branch of anyOf/oneOf fits, listing every branch's errors buries the useful one.
/// Report the errors of the branch that got furthest (the one whose type matched and that has
/// the fewest errors); when no branch even had the right type, say which types would do.
/// </summary>
internal static class BranchErrors
{
    public static void ReportClosest(YamlNode node, JsonSchema[] branches, ValidationContext context, string keyword, string location)
    {
        List<SchemaError>? best = null;
        foreach (var branch in branches)
        {
            var probe = context.Probe(collect: true);
            branch.Evaluate(node, probe);
            var errors = probe.Errors!;
            var typeOnly = errors.Count == 1 && errors[0].Keyword == "type" && ReferenceEquals(errors[0].Node, node);
            if (typeOnly || errors.Count == 0)
            {
                continue;
            }

            if (best == null || errors.Count < best.Count)
            {
                best = errors;
            }
        }

        if (best != null)
        {
            context.Errors!.AddRange(best);
            return;
        }

        var types = branches.Select(b => b.DeclaredType).Where(t => t != null).Distinct().ToList();
        var message = types.Count > 0
            ? $"Expected {string.Join(" or ", types.Select(t => InstanceTypes.Describe(t!)))}, found {InstanceTypes.DescribeValue(node)}."
            : $"{InstanceTypes.DescribeValue(node)} matches none of the allowed forms.";
        context.Report(node, keyword, location, message);
    }
}
