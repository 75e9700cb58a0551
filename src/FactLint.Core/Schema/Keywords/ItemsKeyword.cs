using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>prefixItems and items (2020-12): items applies to the elements after the prefix.</summary>
internal sealed class ItemsKeyword : SchemaKeyword
{
    private readonly JsonSchema[] _prefix;
    private readonly JsonSchema? _rest;

    public ItemsKeyword(string location, JsonSchema[] prefix, JsonSchema? rest)
        : base(location)
    {
        _prefix = prefix;
        _rest = rest;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlSequence seq)
        {
            return true;
        }

        var ok = true;
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var schema = i < _prefix.Length ? _prefix[i] : _rest;
            if (schema == null)
            {
                continue;
            }

            if (schema.BooleanSchema == false && i >= _prefix.Length)
            {
                ok = false;
                if (!context.CollectsErrors)
                {
                    return false;
                }

                context.Report(seq.Items[i], "items", Location, $"This list allows only {_prefix.Length} item{(_prefix.Length == 1 ? string.Empty : "s")}; remove the rest.");
                continue;
            }

            if (!schema.Evaluate(seq.Items[i], context))
            {
                ok = false;
                if (!context.CollectsErrors)
                {
                    return false;
                }
            }
        }

        return ok;
    }
}
