using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>
/// The capitalised words of free text, where names are: a word (<see cref="WordRuns"/>) that
/// starts with an upper-case letter.
/// </summary>
public static class CapitalisedWords
{
    public const int MinimumLength = 4;

    public static IEnumerable<(int Start, int Length)> In(string text)
    {
        foreach (var (start, end) in WordRuns.In(text, 0, text.Length))
        {
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
