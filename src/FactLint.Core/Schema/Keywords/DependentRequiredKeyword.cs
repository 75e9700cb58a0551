using System.Collections.Generic;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class DependentRequiredKeyword : SchemaKeyword
{
    private readonly Dictionary<string, string[]> _dependencies;

    public DependentRequiredKeyword(string location, Dictionary<string, string[]> dependencies)
        : base(location)
    {
        _dependencies = dependencies;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlMapping map)
        {
            return true;
        }

        var ok = true;
        foreach (var pair in _dependencies)
        {
            if (!map.TryGetEntry(pair.Key, out var present))
            {
                continue;
            }

            foreach (var needed in pair.Value)
            {
                if (map.TryGetEntry(needed, out _))
                {
                    continue;
                }

                ok = false;
                if (!context.CollectsErrors)
                {
                    return false;
                }

                context.Report(present.Key, "dependentRequired", Location, $"The key '{pair.Key}' needs the key '{needed}' beside it; add it.");
            }
        }

        return ok;
    }
}
