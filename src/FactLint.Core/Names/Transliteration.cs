using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactLint.Names;

/// <summary>
/// Folds one word of a name to a transliteration-neutral spelling: the letters that the common
/// romanisations of Russian, Tajik, Persian and Arabic write differently (kh/h/x, zh/j/dzh, ch/tch,
/// sh/sch/shch, y/i, ou/u, w/v, q/k, doubled letters, -off/-ov, diacritics, apostrophes) come out
/// the same. Digraphs become one symbol so that a distance counts them as one sound:
/// <c>S</c> sh, <c>C</c> ch, <c>J</c> zh/j/dzh, <c>H</c> kh, <c>G</c> gh, <c>T</c> th, <c>D</c> dh.
/// Everything else is a lower-case ASCII letter. Belarusian dz (Dzmitry) is the Russian d.
/// </summary>
public sealed class Transliteration
{
    /// <summary>Longest first: at each position the first rule that matches wins.</summary>
    private static readonly (string From, string To)[] BuiltInRules =
    {
        ("shch", "S"), ("tsch", "C"), ("dzh", "J"), ("sch", "S"), ("tch", "C"),
        ("sh", "S"), ("ch", "C"), ("zh", "J"), ("dj", "J"), ("kh", "H"), ("gh", "G"),
        ("ph", "f"), ("th", "T"), ("dh", "D"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("dz", "d"),
        ("ou", "u"), ("ee", "i"), ("oo", "u"),
        ("q", "k"), ("w", "v"), ("y", "i"), ("j", "J"),
    };

    /// <summary>German press spelling as the sounds it stands for; longest first, as <see cref="BuiltInRules"/>.</summary>
    private static readonly (string From, string To)[] GermanRules =
    {
        ("schtsch", "shch"), ("tsch", "ch"), ("dsch", "dzh"), ("sch", "sh"), ("ch", "kh"), ("z", "ts"), ("w", "v"), ("j", "y"),
    };

    private readonly (string From, string To)[] _extra;

    public static Transliteration Default { get; } = new(Array.Empty<NameEquivalence>());

    /// <param name="equivalences">A newsroom's own style guide: each pair is folded alike before the built-in rules.</param>
    public Transliteration(IReadOnlyList<NameEquivalence> equivalences)
    {
        _extra = equivalences
            .Select(e => (Letters(e.Spelling), Letters(e.SameAs)))
            .Where(e => e.Item1.Length > 0)
            .OrderByDescending(e => e.Item1.Length)
            .ToArray();
    }

    /// <summary>
    /// The word's letters in lower-case ASCII: other scripts and diacritics spelled as
    /// <see cref="AsciiSpellings"/> says (Халимов → khalimov, Abū → abu), apostrophes, primes and
    /// anything else that is not a letter left out. Letters of scripts the table does not cover stay.
    /// </summary>
    public static string Letters(string word) => Letters(word, 0, word.Length);

    /// <summary>The letters of <paramref name="text"/>[start, start+length), as <see cref="Letters(string)"/>.</summary>
    public static string Letters(string text, int start, int length)
    {
        // Most words of most names are plain ASCII: counted and copied without a builder.
        var count = 0;
        var lowerAlready = true;
        for (var i = start; i < start + length; i++)
        {
            var ch = text[i];
            if (ch >= 0x80)
            {
                return LettersOf(text.Substring(start, length));
            }

            var letter = AsciiLetter(ch);
            if (letter != '\0')
            {
                count++;
                lowerAlready &= letter == ch;
            }
        }

        if (count == length && lowerAlready)
        {
            return start == 0 && length == text.Length ? text : text.Substring(start, length);
        }

        var letters = new char[count];
        var k = 0;
        for (var i = start; i < start + length; i++)
        {
            var letter = AsciiLetter(text[i]);
            if (letter != '\0')
            {
                letters[k++] = letter;
            }
        }

        return new string(letters);
    }

    private static string LettersOf(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word)
        {
            if (ch < 0x80)
            {
                AppendAsciiLetter(sb, ch);
            }
            else if (AsciiSpellings.Of(ch) is string spelled)
            {
                foreach (var c in spelled)
                {
                    AppendAsciiLetter(sb, c);
                }
            }
            else if (char.IsLetter(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }

    private static void AppendAsciiLetter(StringBuilder sb, char c)
    {
        var letter = AsciiLetter(c);
        if (letter != '\0')
        {
            sb.Append(letter);
        }
    }

    /// <summary>An ASCII letter in lower case, or '\0' for anything else.</summary>
    private static char AsciiLetter(char c) => c is >= 'a' and <= 'z' ? c : c is >= 'A' and <= 'Z' ? (char)(c + 32) : '\0';

    /// <summary>The transliteration-neutral spelling of one word.</summary>
    public string Fold(string word) => Fold(word, alternate: false);

    /// <summary>
    /// The German press spelling read back as the Russian sounds it stands for (Dschochar Dudajew,
    /// Tadschikistan, Nischni Nowgorod, Kusnezow, Saizew): sch, tsch, dsch and schtsch are sh, ch, j
    /// and shch, ch is kh, z is ts, w is v, j is y, and s before a vowel at the start or between
    /// vowels is z. Null when the word shows none of these letters.
    /// </summary>
    public string? FoldGerman(string word)
    {
        var letters = Letters(word);
        if (!LooksGerman(letters))
        {
            return null;
        }

        var sb = new StringBuilder(letters.Length + 4);
        var i = 0;
        while (i < letters.Length)
        {
            var c = letters[i];
            if (c == 's' && i + 1 < letters.Length && IsVowel(letters[i + 1]) && (i == 0 || IsVowel(letters[i - 1])))
            {
                sb.Append('z');
                i++;
                continue;
            }

            var matched = false;
            foreach (var (from, to) in GermanRules)
            {
                if (c == from[0] && string.CompareOrdinal(letters, i, from, 0, from.Length) == 0)
                {
                    sb.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(c);
                i++;
            }
        }

        return Fold(sb.ToString());
    }

    /// <summary>
    /// sch, the endings -ow, -ew (-owa, -ewa), or z with j (Plissezkaja): spellings that English and
    /// Arabic-script romanisations do not use. Other words get no German reading, since each reading
    /// costs comparisons (w alone needs none: every reading takes it as v).
    /// </summary>
    private static bool LooksGerman(string letters) =>
        letters.IndexOf("sch", StringComparison.Ordinal) >= 0
        || letters.EndsWith("ow", StringComparison.Ordinal) || letters.EndsWith("ew", StringComparison.Ordinal)
        || letters.EndsWith("owa", StringComparison.Ordinal) || letters.EndsWith("ewa", StringComparison.Ordinal)
        || (letters.IndexOf('z') >= 0 && letters.IndexOf('j') >= 0);

    /// <summary>
    /// The other reading of the letters that romanisations use in two ways: j as y (Marija, Jurij,
    /// the Serbian, Czech and German way) rather than dzh (Sirojiddin), a word-initial x as ks
    /// (Xenia) rather than h, and a final -ou as the Belarusian -ov (Shatrou) rather than the French
    /// u. Null when the word has none of them.
    /// </summary>
    public string? FoldAlternate(string word)
    {
        var letters = Letters(word);
        return letters.IndexOf('j') >= 0 || (letters.Length > 0 && letters[0] == 'x') || EndsInOu(letters) ? Fold(word, alternate: true) : null;
    }

    /// <summary>
    /// The word read as Somali spelling, where c is the ʿayn that other romanisations leave out or
    /// write as an apostrophe, and x is h (Cabdiraxman, Abdirahman; Cumar, Omar). Null when the
    /// word has neither letter.
    /// </summary>
    public string? FoldSomali(string word)
    {
        var letters = Letters(word);
        if (letters.IndexOf('c') < 0 && letters.IndexOf('x') < 0)
        {
            return null;
        }

        var sb = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (c == 'c' && !(i + 1 < letters.Length && letters[i + 1] == 'h'))
            {
                continue;
            }

            sb.Append(c == 'x' ? 'h' : c);
        }

        return sb.Length == 0 ? null : Fold(sb.ToString());
    }

    private string Fold(string word, bool alternate)
    {
        var letters = Letters(word);
        if (alternate && EndsInOu(letters))
        {
            letters = letters.Substring(0, letters.Length - 2) + "ov";
        }

        foreach (var (from, to) in _extra)
        {
            letters = letters.Replace(from, to);
        }

        letters = Endings(letters);
        var sb = new StringBuilder(letters.Length);
        var i = 0;
        while (i < letters.Length)
        {
            if (letters[i] == 'x')
            {
                // Word-initial x is the Somali and Uzbek-Latin h (Xasan); inside a word it is ks (Alexei).
                sb.Append(i == 0 && !alternate ? "H" : "ks");
                i++;
                continue;
            }

            if (alternate && letters[i] == 'j' && !(i > 0 && letters[i - 1] == 'd'))
            {
                sb.Append('i');
                i++;
                continue;
            }

            var matched = false;
            foreach (var (from, to) in BuiltInRules)
            {
                if (letters[i] == from[0] && (from.Length == 1 || string.CompareOrdinal(letters, i, from, 0, from.Length) == 0))
                {
                    sb.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(letters[i]);
                i++;
            }
        }

        var folded = CollapseDoubles(sb.ToString());
        if (folded.Length > 3 && folded.EndsWith("of", StringComparison.Ordinal))
        {
            // -off is the French and German spelling of the Russian -ov (Smirnoff, Smirnov).
            folded = folded.Substring(0, folded.Length - 1) + "v";
        }

        return folded;
    }

    /// <summary>
    /// A coarse key for finding candidates: the consonants only, sounds that transliterations
    /// swap merged into one class, and h (which they drop and add freely) left out.
    /// </summary>
    public static string Skeleton(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            var c = ch switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'h' or 'H' => '\0',
                'k' or 'c' or 'g' or 'G' => 'k',
                's' or 'z' or 'S' => 's',
                'J' => 'j',
                'C' => 'c',
                'd' or 't' or 'T' or 'D' => 't',
                'b' or 'p' => 'p',
                'v' or 'f' => 'f',
                _ => ch,
            };
            if (c != '\0' && (sb.Length == 0 || sb[sb.Length - 1] != c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Spellings of one sound that depend on where it stands: the Arabic feminine ending (ta
    /// marbuta) written -a, -ah or -eh (Usamah, Osama; but not Allah in -ullah), Russian ё after a consonant (Pyotr,
    /// Piotr, Petr; Belozyorov, Belozerov; but not dj, which is dzh), the Belarusian -au and Polish
    /// -ow for the Russian -ov (Ipatau, Rjauzow), and the Arabic and Persian diphthongs aw and ow
    /// before a consonant, written ou or o in French and English (Fawzi, Fouzi; Khowst, Khost). A final -ou is ambiguous (Belarusian Shatrou is Shatrov, French Hamshou is
    /// Hamsho), so it is read both ways (<see cref="FoldAlternate"/>).
    /// </summary>
    private static string Endings(string letters)
    {
        if (letters.Length < 4)
        {
            return letters;
        }

        if ((letters.EndsWith("ah", StringComparison.Ordinal) || letters.EndsWith("eh", StringComparison.Ordinal)) && IsConsonantLetter(letters[letters.Length - 3]) && letters[letters.Length - 3] != 'l')
        {
            letters = letters.Substring(0, letters.Length - 2) + "a";
        }

        var sb = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var after = i + 2 < letters.Length ? letters[i + 2] : '\0';
            if ((c == 'y' || c == 'i' || c == 'j') && next == 'o' && i > 0 && IsConsonantLetter(letters[i - 1]) && letters[i - 1] != 'd')
            {
                sb.Append('e');
                i++;
                continue;
            }

            if (i == letters.Length - 2 && ((c == 'a' && next == 'u') || (c == 'o' && next == 'w')) && IsConsonantLetter(letters[i - 1]))
            {
                sb.Append("ov");
                i++;
                continue;
            }

            if ((c == 'a' || c == 'o') && next == 'w' && after != '\0' && IsConsonantLetter(after))
            {
                sb.Append('u');
                i++;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool EndsInOu(string letters) =>
        letters.Length > 4 && letters.EndsWith("ou", StringComparison.Ordinal) && IsConsonantLetter(letters[letters.Length - 3]);

    private static bool IsConsonantLetter(char c) => c is >= 'a' and <= 'z' && !IsVowel(c) && c != 'y' && c != 'w';

    private static string CollapseDoubles(string s)
    {
        if (s.Length < 2)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (sb.Length == 0 || sb[sb.Length - 1] != ch)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
