using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, ScalarType type, bool isPlain, TextSpan span, string? anchor = null, string? tag = null)
        : base(span, anchor, tag)
    {
        Value = value;
        Type = type;
        IsPlain = isPlain;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Scalar;

    /// <summary>The scalar's value after YAML unescaping and folding.</summary>
    public string Value { get; }

    /// <summary>The type resolved by the YAML 1.2 core schema (quoted scalars are always strings).</summary>
    public ScalarType Type { get; }

    /// <summary>True for a plain (unquoted, non-block) scalar.</summary>
    public bool IsPlain { get; }

    public bool IsNumber => Type is ScalarType.Integer or ScalarType.Float;

    public bool IsString => Type == ScalarType.String;

    public bool TryGetBoolean(out bool value)
    {
        value = Type == ScalarType.Boolean && (Value[0] == 't' || Value[0] == 'T');
        return Type == ScalarType.Boolean;
    }

    public bool TryGetDouble(out double value) => ScalarResolver.TryParseNumber(this, out value);

    /// <summary>Exact decimal value where it fits (used where binary floating point would mislead, e.g. multipleOf).</summary>
    public bool TryGetDecimal(out decimal value)
    {
        value = 0;
        if (!IsNumber)
        {
            return false;
        }

        if (Type == ScalarType.Integer && (Value.StartsWith("0x", StringComparison.Ordinal) || Value.StartsWith("0o", StringComparison.Ordinal)))
        {
            if (!TryGetDouble(out var d))
            {
                return false;
            }

            value = (decimal)d;
            return true;
        }

        return decimal.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public override string ToString() => Value;
}
