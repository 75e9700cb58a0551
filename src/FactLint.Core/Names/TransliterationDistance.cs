using System;

namespace FactLint.Names;

/// <summary>
/// A weighted edit distance over folded spellings (<see cref="Transliteration.Fold"/>): swapping
/// sounds that romanisations of one letter disagree on (vowels, c/k, s/z, kh/h, gh/g, d/t, v/f, j/y)
/// costs less than an arbitrary change, and so does dropping a vowel or an h, which one
/// romanisation writes and another leaves out. Everything else costs 1.
/// </summary>
public static class TransliterationDistance
{
    public const double VowelSwap = 0.3;
    public const double VowelGap = 0.4;
    public const double SoftGap = 0.5;

    /// <summary>1 for the same folded spelling, falling towards 0 as the weighted distance reaches the longer length.</summary>
    public static double Similarity(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : Math.Max(0.0, 1.0 - (Distance(a, b) / longer));
    }

    public static double Distance(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            var rest = a.Length == 0 ? b : a;
            var total = 0.0;
            foreach (var c in rest)
            {
                total += Gap(c);
            }

            return total;
        }

        // Two rows of the DP table: names are short, so this never allocates much.
        var previous = new double[b.Length + 1];
        var current = new double[b.Length + 1];
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + Gap(b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + Gap(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + Substitution(a[i - 1], b[j - 1]);
                var delete = previous[j] + Gap(a[i - 1]);
                var insert = current[j - 1] + Gap(b[j - 1]);
                current[j] = Math.Min(substitute, Math.Min(delete, insert));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The cost of writing <paramref name="c"/> in one spelling and nothing in the other.</summary>
    public static double Gap(char c) => Transliteration.IsVowel(c) ? VowelGap : c is 'h' or 'H' ? SoftGap : 1.0;

    public static double Substitution(char x, char y)
    {
        if (x == y)
        {
            return 0;
        }

        if (Transliteration.IsVowel(x) && Transliteration.IsVowel(y))
        {
            return VowelSwap;
        }

        return Pair(x, y) ?? Pair(y, x) ?? 1.0;
    }

    private static double? Pair(char x, char y) => (x, y) switch
    {
        ('h', 'H') => 0.2,    // kh for h: Khalimov, Halimov
        ('g', 'G') => 0.2,    // gh for g: Asghar, Asgar
        ('k', 'G') => 0.4,    // gh for q: Ghasem, Qasem
        ('k', 'H') => 0.5,
        ('k', 'c') => 0.3,    // c for k: Mercacheva, Merkacheva
        ('k', 'g') => 0.5,
        ('s', 'c') => 0.4,    // c for ts: Kacuba, Katsuba
        ('C', 'c') => 0.4,    // ch for c (tch, cz)
        ('C', 'S') => 0.5,    // French ch for sh: Chouka, Shuka
        ('C', 'H') => 0.4,    // German ch for kh: Achmed, Akhmed
        ('h', 'C') => 0.5,
        ('s', 'S') => 0.5,
        ('s', 'z') => 0.4,    // one Persian/Arabic letter, two voicings
        ('J', 'z') => 0.4,    // zh for z: Nazhmuddin, Najmiddin
        ('J', 'i') => 0.4,    // j for y: Jusuf, Yusuf
        ('J', 'g') => 0.4,    // Egyptian g for j: Gamal, Jamal
        ('d', 't') => 0.5,
        ('t', 'T') => 0.2,    // th for t: Uthman, Utman
        ('s', 'T') => 0.4,    // th for s: Uthman, Usman
        ('z', 'T') => 0.4,    // th for z: Hafith, Hafiz
        ('d', 'D') => 0.2,    // dh for d: Al-Dhari, Al-Dari
        ('z', 'D') => 0.3,    // dh for z: Dhahak, Zahak
        ('T', 'D') => 0.3,
        ('g', 'h') => 0.3,    // Ukrainian and Belarusian h for Russian g: Ihor, Igor
        ('G', 'h') => 0.4,
        ('b', 'p') => 0.5,
        ('v', 'f') => 0.4,
        ('v', 'u') => 0.4,    // w for u: Aweys, Oweys
        ('v', 'b') => 0.6,
        _ => null,
    };
}
