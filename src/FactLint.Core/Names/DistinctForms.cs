using System;

namespace FactLint.Names;

/// <summary>
/// Pairs of name elements that look like spellings of one word but are different words, whatever
/// their distance: no transliteration system produces the difference. Compared on folded forms.
/// </summary>
public static class DistinctForms
{
    /// <summary>English endings that make another word of a stem (Islam, Islamic; Minister, Ministry).</summary>
    private static readonly string[] EnglishEndings = { "", "er", "ri", "ic", "ik", "ian", "ist", "ism", "ies", "ing", "ed", "al", "ical", "iti", "ish", "ese", "ite", "ics" };

    /// <summary>
    /// Whether two folded elements are different words: male and female forms of a surname, an
    /// English word formed from the other, or a vowel changed that Cyrillic writes.
    /// </summary>
    public static bool AreDifferentWords(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal)
        && (IsGenderedPair(a, b, surnamesOnly: true) || IsEnglishDerivation(a, b) || IsSlavicVowelShift(a, b));

    /// <summary>
    /// Smirnov and Smirnova, Aleksandr and Aleksandra, Viktor and Viktoriya; Yevgeniy and Yevgeniya,
    /// Zhirinovskiy and Zhirinovskaya: the masculine form and the feminine one made from it. With
    /// <paramref name="surnamesOnly"/>, only Slavic surnames (-ov, -ev, -in, -skiy): elsewhere in an
    /// Arabic or Persian chain a final -a is the ta marbuta of one name (Abu Aziz, Abu Azizah), so
    /// given names are judged where they stand first (<see cref="NameComparer"/>).
    /// </summary>
    public static bool IsGenderedPair(string a, string b, bool surnamesOnly = false)
    {
        // Initial е is written e or ye (Evgeniy, Yevgeniya): compare without the y.
        a = a.StartsWith("ie", StringComparison.Ordinal) ? a.Substring(1) : a;
        b = b.StartsWith("ie", StringComparison.Ordinal) ? b.Substring(1) : b;
        var (m, f) = a.Length <= b.Length ? (a, b) : (b, a);
        if (m.Length < 3 || f[f.Length - 1] != 'a')
        {
            return false;
        }

        if (!surnamesOnly && m[0] == f[0] && f.Length - m.Length <= 3 && !Transliteration.IsVowel(m[m.Length - 1]) && m[m.Length - 1] != 'i'
            && string.Equals(Transliteration.Skeleton(m), Transliteration.Skeleton(f), StringComparison.Ordinal))
        {
            // A given name against one of the same consonants ending in -a: Oleg and Olga, Farkhod and Farida.
            return true;
        }

        if (string.CompareOrdinal(f, 0, m, 0, m.Length - 1) != 0)
        {
            return false;
        }

        var last = m[m.Length - 1];
        if (surnamesOnly && !(last == 'i' || HasSlavicSuffix(m) || (m.Length > 4 && m.EndsWith("in", StringComparison.Ordinal))))
        {
            return false;
        }

        if (!Transliteration.IsVowel(last))
        {
            // Consonant-final masculine: the feminine adds -a or -ia (Smirnova, Viktoria).
            if (string.CompareOrdinal(f, 0, m, 0, m.Length) != 0)
            {
                return false;
            }

            var added = f.Length - m.Length;
            return (added == 1) || (added == 2 && f[m.Length] == 'i') || (added == 3 && f[m.Length + 1] is 'i' or 'J' && f[m.Length] == 'i');
        }

        if (last == 'i' && (!surnamesOnly || m.EndsWith("ski", StringComparison.Ordinal) || m.EndsWith("skii", StringComparison.Ordinal) || m.EndsWith("tski", StringComparison.Ordinal)))
        {
            // -iy/-y/-ii masculine, -iya/-aya/-ia feminine on the same stem.
            var stemM = m.TrimEnd('i');
            var stemF = f.Substring(0, f.Length - 1);
            stemF = stemF.EndsWith("ai", StringComparison.Ordinal) ? stemF.Substring(0, stemF.Length - 2) : stemF.TrimEnd('i');
            return stemM.Length >= 3 && string.Equals(stemM, stemF, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool IsEnglishDerivation(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        if (common < 5)
        {
            return false;
        }

        return IsEnglishEnding(a, common) && IsEnglishEnding(b, common);
    }

    private static bool IsEnglishEnding(string word, int from)
    {
        var length = word.Length - from;
        foreach (var ending in EnglishEndings)
        {
            if (ending.Length == length && string.CompareOrdinal(word, from, ending, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Nazarov and Nazirov, Gafurov and Gafarov: in a surname with a Slavic suffix the stem was written
    /// in Cyrillic, whose а у и are written alike by every romanisation — a for u, or a back vowel for i,
    /// is another name.
    /// </summary>
    private static bool IsSlavicVowelShift(string a, string b)
    {
        if (a.Length != b.Length || !HasSlavicSuffix(a) || !HasSlavicSuffix(b))
        {
            return false;
        }

        var shifted = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i])
            {
                // ia for ai: я written ya or ia (Panyaev, Panaiev), not another vowel.
                i++;
                continue;
            }

            // Tajik o for the Russian a of one name is a spelling (Mirzoev, Mirzaev; Rahmonov, Rakhmanov),
            // as is o for u (Qurbonov, Kurbanov); a for u or any back vowel for i is another name.
            var pair = (Math.Min(a[i], b[i]), Math.Max(a[i], b[i]));
            if (!(pair is ('a', 'u') or ('a', 'i') or ('i', 'o') or ('i', 'u')))
            {
                return false;
            }

            shifted = true;
        }

        return shifted;
    }

    /// <summary>-ov and -ev (and their feminine -ova, -eva): Russified surnames, whose stems were written in Cyrillic.</summary>
    private static bool HasSlavicSuffix(string folded) =>
        folded.Length > 4 && (folded.EndsWith("ov", StringComparison.Ordinal) || folded.EndsWith("ev", StringComparison.Ordinal)
            || folded.EndsWith("ova", StringComparison.Ordinal) || folded.EndsWith("eva", StringComparison.Ordinal));
}
