using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>
/// The capitalised words of free text, where names are: a word of letters (apostrophes inside
/// allowed) that starts with an upper-case letter, without a possessive 's.
/// </summary>
public static class CapitalisedWords
{
    public const int MinimumLength = 4;

    public static IEnumerable<(int Start, int Length)> In(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (NameReader.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var end = i;
            if (end - start > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && NameReader.IsApostrophe(text[end - 2]))
            {
                end -= 2;
            }

            if (char.IsUpper(text[start]) && end - start >= MinimumLength && !IsAllCapsShort(text, start, end))
            {
                yield return (start, end - start);
            }
        }
    }

    /// <summary>Acronyms (ISIS, UNHCR) are not spellings of a transliterated name.</summary>
    private static bool IsAllCapsShort(string text, int start, int end)
    {
        if (end - start > 6)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
