using System;
using System.Collections.Generic;
using System.Globalization;
using FactLint.Syntax;

namespace FactLint.Schema.Library;

/// <summary>
/// Follows a JSON pointer (a result's instance location, "/claims/3/value") through the YAML tree
/// it was written from, to the node at fault and, for a mapping's value, its key.
/// </summary>
internal static class InstancePointer
{
    /// <summary>The node the pointer names (where a step is missing, the last node reached; never null), its key and the node holding it.</summary>
    public static (YamlNode Node, YamlNode? Key, YamlNode? Parent) Find(YamlNode root, string pointer)
    {
        var node = root.Resolve() ?? root;
        YamlNode? key = null;
        YamlNode? parent = null;
        foreach (var token in Tokens(pointer))
        {
            switch (node)
            {
                case YamlMapping m when EntryOf(m, token) is YamlEntry entry:
                    key = entry.Key;
                    parent = m;
                    node = entry.Value.Resolve() ?? entry.Value;
                    continue;
                case YamlSequence s when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < s.Items.Count:
                    key = null;
                    parent = s;
                    node = s.Items[i].Resolve() ?? s.Items[i];
                    continue;
            }

            break;
        }

        return (node, key, parent);
    }

    private static YamlEntry? EntryOf(YamlMapping mapping, string token)
    {
        foreach (var e in mapping.Entries)
        {
            if (string.Equals(e.KeyText ?? string.Empty, token, StringComparison.Ordinal))
            {
                return e;
            }
        }

        return null;
    }

    private static IEnumerable<string> Tokens(string pointer)
    {
        if (pointer.Length == 0)
        {
            yield break;
        }

        foreach (var raw in pointer.Substring(1).Split('/'))
        {
            yield return raw.Replace("~1", "/").Replace("~0", "~");
        }
    }
}
