namespace FactLint.Names;

/// <summary>
/// How a non-ASCII letter is spelled in ASCII — Latin letters without their diacritics (ū → u,
/// ß → ss), modifier letters and primes (ʿ ʾ ʹ), Cyrillic with the letters of Tajik, Uzbek, Kazakh
/// and Kyrgyz (х → kh, ҷ → j, қ → q), Greek, and Arabic script (consonants as written). The table
/// (AsciiSpellings.Table.cs) is generated from AnyAscii and held to it by a test: FactLint.Core also
/// targets netstandard2.0, where the library does not run, and the CLI runs without ICU, where
/// string.Normalize leaves diacritics on.
/// </summary>
internal static partial class AsciiSpellings
{
    /// <summary>First and last character of each block the table covers.</summary>
    internal static readonly (int First, int Last)[] CoveredBlocks =
    {
        (0x00C0, 0x024F), // Latin-1 Supplement letters, Latin Extended-A and -B
        (0x02B0, 0x036F), // Spacing modifier letters (ʹ ʺ ʻ ʼ ʾ ʿ), combining diacritical marks
        (0x0370, 0x03FF), // Greek
        (0x0400, 0x052F), // Cyrillic and Cyrillic Supplement
        (0x0600, 0x06FF), // Arabic (with Persian and Urdu letters)
        (0x0750, 0x077F), // Arabic Supplement
        (0x1E00, 0x1EFF), // Latin Extended Additional (ḥ ṣ ṭ ẓ, Vietnamese)
    };

    /// <summary>The ASCII spelling of a character the table covers, else null.</summary>
    public static string? Of(char c)
    {
        foreach (var (first, spellings) in Blocks)
        {
            var i = c - first;
            if (i >= 0 && i < spellings.Length)
            {
                return spellings[i];
            }
        }

        return null;
    }
}
