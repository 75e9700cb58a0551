using FactLint.Syntax;

namespace FactLint.Schema;

/// <summary>JSON Schema's view of a YAML node: its JSON type, and the words a fact-file writer would use for it.</summary>
public static class InstanceTypes
{
    public const string Null = "null";
    public const string Boolean = "boolean";
    public const string Object = "object";
    public const string Array = "array";
    public const string Number = "number";
    public const string Integer = "integer";
    public const string String = "string";

    /// <summary>The JSON type; numbers with no fractional part also count as "integer" (checked by <see cref="Matches"/>).</summary>
    public static string Of(YamlNode? node) => node switch
    {
        YamlMapping => Object,
        YamlSequence => Array,
        YamlScalar s => s.Type switch
        {
            ScalarType.Null => Null,
            ScalarType.Boolean => Boolean,
            ScalarType.Integer => Integer,
            ScalarType.Float => Number,
            _ => String,
        },
        _ => Null,
    };

    public static bool Matches(YamlNode? node, string type)
    {
        var actual = Of(node);
        if (actual == type)
        {
            return true;
        }

        if (type == Number)
        {
            return actual == Integer;
        }

        if (type == Integer && actual == Number)
        {
            return node is YamlScalar s && s.TryGetDouble(out var d) && !double.IsInfinity(d) && d == System.Math.Floor(d);
        }

        return false;
    }

    public static string Describe(string type) => type switch
    {
        Null => "nothing (null)",
        Boolean => "true or false",
        Object => "a mapping (key: value pairs)",
        Array => "a list",
        Number => "a number",
        Integer => "a whole number",
        _ => "text",
    };

    /// <summary>How a found value reads in a message: <c>text 'abc'</c>, <c>the number 3.5</c>, <c>a list</c>.</summary>
    public static string DescribeValue(YamlNode? node)
    {
        if (node is YamlScalar s)
        {
            var shown = s.Value.Length > 40 ? s.Value.Substring(0, 40) + "…" : s.Value;
            return s.Type switch
            {
                ScalarType.Null => "nothing (null)",
                ScalarType.Boolean => shown,
                ScalarType.Integer or ScalarType.Float => "the number " + shown,
                _ => "text '" + shown + "'",
            };
        }

        return Describe(Of(node));
    }
}
