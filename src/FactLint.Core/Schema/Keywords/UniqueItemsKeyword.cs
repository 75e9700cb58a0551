using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class UniqueItemsKeyword : SchemaKeyword
{
    public UniqueItemsKeyword(string location)
        : base(location)
    {
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlSequence seq || seq.Items.Count < 2)
        {
            return true;
        }

        var seen = new Dictionary<string, int>(seq.Items.Count);
        var ok = true;
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var key = JsonEquality.CanonicalKey(seq.Items[i]);
            if (seen.TryGetValue(key, out var first))
            {
                ok = false;
                if (!context.CollectsErrors)
                {
                    return false;
                }

                context.Report(seq.Items[i], "uniqueItems", Location, $"This item repeats item {first + 1} of the list; list each value once.");
            }
            else
            {
                seen[key] = i;
            }
        }

        return ok;
    }
}
