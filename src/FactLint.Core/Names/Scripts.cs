using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>Which writing system a letter belongs to, and its look-alike in another, for the letters that are confused.</summary>
public static class Scripts
{
    public enum Script
    {
        Other,
        Latin,
        Cyrillic,
        Greek,
    }

    private static readonly Dictionary<char, char> CyrillicToLatin = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
        ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ӏ'] = 'l',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T',
        ['У'] = 'Y', ['Х'] = 'X', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
    };

    private static readonly Dictionary<char, char> GreekToLatin = new()
    {
        ['ο'] = 'o', ['α'] = 'a', ['ν'] = 'v', ['ι'] = 'i', ['κ'] = 'k', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N', ['Ο'] = 'O',
        ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
    };

    private static readonly Dictionary<char, char> LatinToCyrillic = Invert(CyrillicToLatin);

    public static Script Of(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Script.Latin,
        >= '\u00C0' and <= '\u024F' when char.IsLetter(c) => Script.Latin,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u0400' and <= '\u052F' when char.IsLetter(c) => Script.Cyrillic,
        >= '\u0370' and <= '\u03FF' when char.IsLetter(c) => Script.Greek,
        _ => Script.Other,
    };

    /// <summary>The letter of <paramref name="target"/> script that <paramref name="c"/> is mistaken for, if there is one.</summary>
    public static char? LookAlike(char c, Script target) => target switch
    {
        Script.Latin when CyrillicToLatin.TryGetValue(c, out var l) => l,
        Script.Latin when GreekToLatin.TryGetValue(c, out var g) => g,
        Script.Cyrillic when LatinToCyrillic.TryGetValue(c, out var k) => k,
        _ => null,
    };

    private static Dictionary<char, char> Invert(Dictionary<char, char> map)
    {
        var inverted = new Dictionary<char, char>();
        foreach (var pair in map)
        {
            if (!inverted.ContainsKey(pair.Value))
            {
                inverted[pair.Value] = pair.Key;
            }
        }

        return inverted;
    }
}
