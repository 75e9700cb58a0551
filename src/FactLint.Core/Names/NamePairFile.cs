using System;
using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>
/// Reads <c>name_a TAB name_b [TAB same [TAB group ...]]</c> rows. A first row whose third
/// column is not a label is a header. <c>same</c> is 1/0, true/false or yes/no.
/// </summary>
public static class NamePairFile
{
    public static IReadOnlyList<NamePair> Parse(string text, out IReadOnlyList<string> errors)
    {
        var pairs = new List<NamePair>();
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                problems.Add($"line {i + 1}: expected two names separated by a tab");
                continue;
            }

            bool? same = null;
            if (cols.Length >= 3 && cols[2].Trim().Length > 0)
            {
                same = ParseLabel(cols[2]);
                if (same == null)
                {
                    if (pairs.Count == 0 && problems.Count == 0)
                    {
                        continue; // header row
                    }

                    problems.Add($"line {i + 1}: the label '{cols[2]}' is not 1/0, true/false or yes/no");
                    continue;
                }
            }

            var group = cols.Length >= 4 && cols[3].Trim().Length > 0 ? cols[3].Trim() : null;
            pairs.Add(new NamePair(i + 1, cols[0].Trim(), cols[1].Trim(), same, group));
        }

        errors = problems;
        return pairs;
    }

    private static bool? ParseLabel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "1" or "true" or "yes" => true,
        "0" or "false" or "no" => false,
        _ => null,
    };
}
