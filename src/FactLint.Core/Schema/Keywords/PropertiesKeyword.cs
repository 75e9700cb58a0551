using System.Collections.Generic;
using System.Text.RegularExpressions;
using FactLint.Syntax;
using FactLint.Text;

namespace FactLint.Schema.Keywords;

/// <summary>
/// properties, patternProperties and additionalProperties, evaluated together because
/// additionalProperties applies exactly to the keys the other two did not match.
/// </summary>
internal sealed class PropertiesKeyword : SchemaKeyword
{
    private readonly Dictionary<string, JsonSchema>? _properties;
    private readonly (Regex Pattern, JsonSchema Schema)[] _patterns;
    private readonly JsonSchema? _additional;

    public PropertiesKeyword(string location, Dictionary<string, JsonSchema>? properties, (Regex, JsonSchema)[] patterns, JsonSchema? additional)
        : base(location)
    {
        _properties = properties;
        _patterns = patterns;
        _additional = additional;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlMapping map)
        {
            return true;
        }

        var ok = true;
        foreach (var entry in map.Entries)
        {
            var key = (entry.Key.Resolve() as YamlScalar)?.Value ?? string.Empty;
            var matched = false;
            if (_properties != null && _properties.TryGetValue(key, out var schema))
            {
                matched = true;
                if (!schema.Evaluate(entry.Value, context))
                {
                    ok = false;
                    if (!context.CollectsErrors)
                    {
                        return false;
                    }
                }
            }

            foreach (var (pattern, patternSchema) in _patterns)
            {
                if (!IsMatch(pattern, key))
                {
                    continue;
                }

                matched = true;
                if (!patternSchema.Evaluate(entry.Value, context))
                {
                    ok = false;
                    if (!context.CollectsErrors)
                    {
                        return false;
                    }
                }
            }

            if (matched || _additional == null)
            {
                continue;
            }

            if (_additional.BooleanSchema == false)
            {
                ok = false;
                if (!context.CollectsErrors)
                {
                    return false;
                }

                context.Report(entry.Key, "additionalProperties", Location, UnknownKeyMessage(key, owner.Title, owner.KnownProperties));
                continue;
            }

            if (!_additional.Evaluate(entry.Value, context))
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

    private static bool IsMatch(Regex pattern, string key)
    {
        try
        {
            return pattern.IsMatch(key);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string LowerFirst(string s) => s.StartsWith("A ", System.StringComparison.Ordinal) || s.StartsWith("An ", System.StringComparison.Ordinal) ? "a" + s.Substring(1) : s;

    /// <summary>Also used for JsonSchema.Net's findings, so an unknown key reads the same whichever validator found it.</summary>
    internal static string UnknownKeyMessage(string key, string? title, IReadOnlyCollection<string> known)
    {
        var where = title != null ? " in " + LowerFirst(Articles.WithArticle(title)) : string.Empty;
        var suggestion = Spelling.ClosestMatch(key, known);
        var hint = suggestion != null ? $" Did you mean '{suggestion}'?" : known.Count > 0 ? $" Allowed keys: {string.Join(", ", known)}." : " Remove it.";
        return $"Unknown key '{key}'{where}.{hint}";
    }
}
