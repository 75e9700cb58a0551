using System;
using System.Globalization;

namespace FactLint.Syntax;

/// <summary>
/// Resolves plain scalars to types by the YAML 1.2 core schema. YAML 1.1's extra forms
/// (yes/no, on/off, 2018-11-07 as a timestamp, 0777 as octal) are deliberately strings:
/// a fact file's <c>published: 2018-11-07</c> must stay the text the writer typed.
/// </summary>
public static class ScalarResolver
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    public static ScalarType Resolve(string value, bool isPlain, string? tag)
    {
        if (tag != null)
        {
            switch (tag)
            {
                case CoreTagPrefix + "str":
                case "!":
                    return ScalarType.String;
                case CoreTagPrefix + "null":
                    return ScalarType.Null;
                case CoreTagPrefix + "bool":
                    return ScalarType.Boolean;
                case CoreTagPrefix + "int":
                    return ScalarType.Integer;
                case CoreTagPrefix + "float":
                    return ScalarType.Float;
            }
        }

        return isPlain ? ResolvePlain(value) : ScalarType.String;
    }

    public static ScalarType ResolvePlain(string s)
    {
        if (s.Length == 0)
        {
            return ScalarType.Null;
        }

        var c = s[0];
        if (c is 'n' or 'N' or '~')
        {
            return s is "~" or "null" or "Null" or "NULL" ? ScalarType.Null : ScalarType.String;
        }

        if (c is 't' or 'T' or 'f' or 'F')
        {
            return s is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" ? ScalarType.Boolean : ScalarType.String;
        }

        if (c is not ((>= '0' and <= '9') or '-' or '+' or '.'))
        {
            return ScalarType.String;
        }

        if (IsInteger(s))
        {
            return ScalarType.Integer;
        }

        return IsFloat(s) ? ScalarType.Float : ScalarType.String;
    }

    private static bool IsInteger(string s)
    {
        if (s.Length > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x'))
        {
            var hex = s[1] == 'x';
            for (var i = 2; i < s.Length; i++)
            {
                var ch = s[i];
                var ok = hex ? Uri.IsHexDigit(ch) : ch is >= '0' and <= '7';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        var start = s[0] is '-' or '+' ? 1 : 0;
        if (start == s.Length)
        {
            return false;
        }

        for (var i = start; i < s.Length; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFloat(string s)
    {
        var i = s[0] is '-' or '+' ? 1 : 0;
        var rest = s.Substring(i);
        if (rest is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        if (i == 0 && s is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var digits = 0;
        while (i < s.Length && s[i] is >= '0' and <= '9')
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            var frac = 0;
            while (i < s.Length && s[i] is >= '0' and <= '9')
            {
                i++;
                frac++;
            }

            if (digits == 0 && frac == 0)
            {
                return false;
            }
        }
        else if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '-' or '+')
            {
                i++;
            }

            var exp = 0;
            while (i < s.Length && s[i] is >= '0' and <= '9')
            {
                i++;
                exp++;
            }

            if (exp == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    internal static bool TryParseNumber(YamlScalar scalar, out double value)
    {
        value = 0;
        var s = scalar.Value;
        switch (scalar.Type)
        {
            case ScalarType.Integer:
                if (s.Length > 2 && s[0] == '0' && s[1] == 'x')
                {
                    if (!ulong.TryParse(s.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
                    {
                        return false;
                    }

                    value = hex;
                    return true;
                }

                if (s.Length > 2 && s[0] == '0' && s[1] == 'o')
                {
                    double acc = 0;
                    for (var i = 2; i < s.Length; i++)
                    {
                        acc = (acc * 8) + (s[i] - '0');
                    }

                    value = acc;
                    return true;
                }

                return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            case ScalarType.Float:
                var body = s.TrimStart('+', '-');
                if (body is ".inf" or ".Inf" or ".INF")
                {
                    value = s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
                    return true;
                }

                if (body is ".nan" or ".NaN" or ".NAN")
                {
                    value = double.NaN;
                    return true;
                }

                return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }
}
