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

    public static double Distance(string a, string b) => Distance(a, b, double.PositiveInfinity);

    /// <summary>
    /// The distance if it is at most <paramref name="limit"/>, else <see cref="double.PositiveInfinity"/>:
    /// costs are never negative, so once every cell of a row exceeds the limit the result must too,
    /// and most candidate pairs of a blocked corpus are rejected after a few rows.
    /// </summary>
    public static double Distance(string a, string b, double limit)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            var rest = a.Length == 0 ? b : a;
            var total = 0.0;
            foreach (var c in rest)
            {
                total += Gap(c);
            }

            return total <= limit ? total : double.PositiveInfinity;
        }

        // A gap costs at least VowelGap, so a length difference alone can exceed the limit.
        if (Math.Abs(a.Length - b.Length) * VowelGap > limit)
        {
            return double.PositiveInfinity;
        }

        if (IsAscii(a) && IsAscii(b))
        {
            return AsciiDistance(a, b, limit);
        }

        // Two rows of the DP table, kept per thread: this runs hundreds of thousands of times per corpus.
        var width = b.Length + 1;
        var previous = Row(ref _previous, width);
        var current = Row(ref _current, width);
        previous[0] = 0;
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + Gap(b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var ca = a[i - 1];
            var gapA = Gap(ca);
            current[0] = previous[0] + gapA;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cb = b[j - 1];
                var substitute = previous[j - 1] + (ca < TableSize && cb < TableSize ? SubstitutionTable[(ca * TableSize) + cb] : Substitution(ca, cb));
                var delete = previous[j] + gapA;
                var insert = current[j - 1] + Gap(cb);
                var cell = Math.Min(substitute, Math.Min(delete, insert));
                current[j] = cell;
                rowMin = Math.Min(rowMin, cell);
            }

            if (rowMin > limit)
            {
                return double.PositiveInfinity;
            }

            (previous, current) = (current, previous);
        }

        var result = previous[b.Length];
        return result <= limit ? result : double.PositiveInfinity;
    }

    /// <summary>
    /// The same distance for the usual case, two ASCII spellings (folded spellings are): every cost is a
    /// table lookup without a range check, and the rows live on the stack.
    /// </summary>
    private static double AsciiDistance(string a, string b, double limit)
    {
        var width = b.Length + 1;
        Span<double> rows = width <= 128 ? stackalloc double[2 * width] : new double[2 * width];
        var previous = rows.Slice(0, width);
        var current = rows.Slice(width, width);
        Span<double> gapB = width <= 128 ? stackalloc double[b.Length] : new double[b.Length];
        var gaps = GapTable;
        previous[0] = 0;
        for (var j = 0; j < b.Length; j++)
        {
            gapB[j] = gaps[b[j]];
            previous[j + 1] = previous[j] + gapB[j];
        }

        var table = SubstitutionTable;
        for (var i = 0; i < a.Length; i++)
        {
            var ca = a[i];
            var gapA = gaps[ca];
            var substitutions = table.AsSpan(ca * TableSize, TableSize);
            current[0] = previous[0] + gapA;
            var rowMin = current[0];
            for (var j = 0; j < b.Length; j++)
            {
                var cell = Math.Min(previous[j] + substitutions[b[j]], Math.Min(previous[j + 1] + gapA, current[j] + gapB[j]));
                current[j + 1] = cell;
                rowMin = Math.Min(rowMin, cell);
            }

            if (rowMin > limit)
            {
                return double.PositiveInfinity;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        var result = previous[b.Length];
        return result <= limit ? result : double.PositiveInfinity;
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= TableSize)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="Similarity(string, string)"/> when it is at least <paramref name="atLeast"/>; otherwise
    /// some value below it, found without finishing the distance.
    /// </summary>
    public static double Similarity(string a, string b, double atLeast)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var longer = Math.Max(a.Length, b.Length);
        if (longer == 0)
        {
            return 1.0;
        }

        var distance = Distance(a, b, ((1.0 - atLeast) * longer) + 1e-9);
        return double.IsPositiveInfinity(distance) ? 0.0 : Math.Max(0.0, 1.0 - (distance / longer));
    }

    [ThreadStatic]
    private static double[]? _previous;

    [ThreadStatic]
    private static double[]? _current;

    private static double[] Row(ref double[]? row, int width)
    {
        if (row == null || row.Length < width)
        {
            row = new double[Math.Max(width, 32)];
        }

        return row;
    }

    /// <summary>The cost of writing <paramref name="c"/> in one spelling and nothing in the other.</summary>
    public static double Gap(char c) => c < TableSize ? GapTable[c] : GapCost(c);

    private static double GapCost(char c) => Transliteration.IsVowel(c) ? VowelGap : c is 'h' or 'H' ? SoftGap : 1.0;

    private static readonly double[] GapTable = BuildGapTable();

    private static double[] BuildGapTable()
    {
        var table = new double[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = GapCost((char)c);
        }

        return table;
    }

    /// <summary>Folded spellings are ASCII: their substitution costs are looked up, not worked out, in the inner loop.</summary>
    private const int TableSize = 128;

    private static readonly double[] SubstitutionTable = BuildSubstitutionTable();

    private static double[] BuildSubstitutionTable()
    {
        var table = new double[TableSize * TableSize];
        for (var x = 0; x < TableSize; x++)
        {
            for (var y = 0; y < TableSize; y++)
            {
                table[(x * TableSize) + y] = Substitution((char)x, (char)y);
            }
        }

        return table;
    }

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

        // Two consonants that no romanisation writes for one sound (m and l, r and s) are another
        // name, not a spelling: as costly as dropping one and adding the other.
        return Pair(x, y) ?? Pair(y, x) ?? (IsConsonant(x) && IsConsonant(y) ? UnattestedConsonant : 1.0);
    }

    /// <summary>The cost of a consonant written for another that no transliteration system writes for it.</summary>
    public const double UnattestedConsonant = 2.0;

    private static bool IsConsonant(char c) => char.IsLetter(c) && !Transliteration.IsVowel(c);

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
        ('S', 'J') => 0.4,    // German sch for zh: Schirinowski, Zhirinovsky
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
        ('d', 'z') => 0.6,    // Arabic dad read z in Persian and Turkic: Ramadan, Ramazan
        ('d', 'T') => 0.3,    // Arabic dhal written th or d: Ghathafi, Gaddafi
        ('c', 't') => 0.4,    // Belarusian ts for t: Stsiapan, Stiapan
        ('m', 'n') => 0.6,    // n written as heard before b and p: Arslanbek, Arslambek
        _ => null,
    };
}
