using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>
/// The words of a text as names are written: runs of letters with apostrophes inside allowed
/// (Da'un, Khamene'i) and a possessive 's left off (Khalimov's).
/// </summary>
public static class WordRuns
{
    public static IEnumerable<(int Start, int End)> In(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || char.IsSurrogate(text[i]) || (NameReader.IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var wordEnd = i;
            if (wordEnd - wordStart > 2 && (text[wordEnd - 1] == 's' || text[wordEnd - 1] == 'S') && NameReader.IsApostrophe(text[wordEnd - 2]))
            {
                wordEnd -= 2;
            }

            yield return (wordStart, wordEnd);
        }
    }
}
