using System;
using System.Globalization;
using System.Text;
using FactLint.Syntax;

namespace FactLint.Schema;

/// <summary>
/// JSON's equality over YAML nodes, as enum, const and uniqueItems need it: 1 equals 1.0,
/// mappings compare regardless of key order, and false is not 0.
/// </summary>
public static class JsonEquality
{
    public static bool AreEqual(YamlNode? a, YamlNode? b)
    {
        a = a?.Resolve();
        b = b?.Resolve();
        var ta = InstanceTypes.Of(a);
        var tb = InstanceTypes.Of(b);
        var aNum = ta is InstanceTypes.Number or InstanceTypes.Integer;
        var bNum = tb is InstanceTypes.Number or InstanceTypes.Integer;
        if (aNum && bNum)
        {
            var sa = (YamlScalar)a!;
            var sb = (YamlScalar)b!;
            if (sa.TryGetDecimal(out var da) && sb.TryGetDecimal(out var db))
            {
                return da == db;
            }

            return sa.TryGetDouble(out var xa) && sb.TryGetDouble(out var xb) && xa.Equals(xb);
        }

        if (ta != tb)
        {
            return false;
        }

        switch (a)
        {
            case YamlMapping ma:
                var mb = (YamlMapping)b!;
                if (ma.Entries.Count != mb.Entries.Count)
                {
                    return false;
                }

                foreach (var e in ma.Entries)
                {
                    var key = e.KeyText;
                    if (key == null || !mb.TryGetEntry(key, out var other) || !AreEqual(e.Value, other.Value))
                    {
                        return false;
                    }
                }

                return true;
            case YamlSequence sa2:
                var sb2 = (YamlSequence)b!;
                if (sa2.Items.Count != sb2.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < sa2.Items.Count; i++)
                {
                    if (!AreEqual(sa2.Items[i], sb2.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case YamlScalar s1:
                var s2 = (YamlScalar)b!;
                if (s1.Type == ScalarType.Boolean)
                {
                    s1.TryGetBoolean(out var b1);
                    s2.TryGetBoolean(out var b2);
                    return b1 == b2;
                }

                return s1.Type == ScalarType.Null || string.Equals(s1.Value, s2.Value, StringComparison.Ordinal);
            default:
                return true;
        }
    }

    /// <summary>A canonical text for a node such that equal nodes (by <see cref="AreEqual"/>) give equal keys.</summary>
    public static string CanonicalKey(YamlNode? node)
    {
        var sb = new StringBuilder();
        Append(sb, node?.Resolve());
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, YamlNode? node)
    {
        switch (node)
        {
            case YamlMapping m:
                var keys = new string[m.Entries.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    var e = m.Entries[i];
                    var inner = new StringBuilder();
                    inner.Append(Quote(e.KeyText ?? string.Empty)).Append(':');
                    Append(inner, e.Value.Resolve());
                    keys[i] = inner.ToString();
                }

                Array.Sort(keys, StringComparer.Ordinal);
                sb.Append('{').Append(string.Join(",", keys)).Append('}');
                break;
            case YamlSequence s:
                sb.Append('[');
                for (var i = 0; i < s.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Append(sb, s.Items[i].Resolve());
                }

                sb.Append(']');
                break;
            case YamlScalar sc:
                switch (sc.Type)
                {
                    case ScalarType.Null:
                        sb.Append("null");
                        break;
                    case ScalarType.Boolean:
                        sc.TryGetBoolean(out var b);
                        sb.Append(b ? "true" : "false");
                        break;
                    case ScalarType.Integer:
                    case ScalarType.Float:
                        if (sc.TryGetDecimal(out var dec))
                        {
                            sb.Append("n:").Append((dec / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                        }
                        else if (sc.TryGetDouble(out var d))
                        {
                            sb.Append("n:").Append(d.ToString("R", CultureInfo.InvariantCulture));
                        }

                        break;
                    default:
                        sb.Append(Quote(sc.Value));
                        break;
                }

                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
