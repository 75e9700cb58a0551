using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace FactLint.Names;

/// <summary>
/// Reads a name into its elements. What it leaves out and joins has a reason in how names are
/// written: honorifics (Haji, Mullah, Sheikh) are not part of the name; Arabic particles (al-, bin)
/// and English function words (of, the) carry no identity; compounds that one source writes as one
/// word and another as two or three (Abd al-Rahman, Abdulrahman; Fateh Ullah, Fatehullah; Saif
/// ud-Din) are one element.
/// </summary>
public sealed class NameReader
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "haji", "hajji", "hadji", "alhaj", "alhaji", "alhajj", "mullah", "mulla", "mullo", "maulavi", "mawlawi", "moulavi",
        "mawlavi", "maulvi", "molvi", "mawlvi", "sheikh", "shaykh", "sheik", "shaikh", "cheikh", "qari", "mufti", "imam",
        "dr", "doctor", "prof", "professor", "general", "gen", "colonel", "col", "major", "captain", "capt", "lieutenant",
        "mr", "mrs", "ms", "sir", "president", "minister", "haj", "hajj", "hajji", "sayyid", "sayyed", "seyyed", "seyed", "sayed", "syed",
        "sayid", "seyyid", "sayyad", "akhund", "maulana", "mawlana", "molana", "ustad", "ustadh", "sahib", "saheb", "rais", "jr", "sr",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "bin", "ibn", "bint", "binti", "ould", "wuld", "walad",
    };

    /// <summary>The Arabic article assimilated to a following sun letter (ash-Sham, ut-Tahrir, az-Zawr) is still the article.</summary>
    private static readonly HashSet<string> AssimilatedArticles = new(StringComparer.Ordinal)
    {
        "as", "ash", "ad", "ar", "an", "at", "az", "ath", "adh", "ut", "ud", "us", "ush", "ur", "un", "uz", "es", "ed", "er", "en", "et", "ez", "ech",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "i", "e", // the Persian izafe: Mazar-i-Sharif, Jaish-e-Mohammed
        "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "du", "des", "la", "le", "les", "del", "van", "von", "der", "y", "&",
    };

    /// <summary>Words that begin a compound with the word after them (servant of ..., father of ...).</summary>
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal)
    {
        "abd", "abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abdoul", "abdu", "abu", "abou", "abo",
    };

    /// <summary>Words that end a compound with the word before them (... of God, ... of the faith).</summary>
    private static readonly HashSet<string> CompoundTails = new(StringComparer.Ordinal)
    {
        "ullah", "ulla", "allah", "ollah", "olla", "ulloh", "alloh", "llah", "din", "deen", "dine", "ddin", "uddin", "eddin", "iddin",
    };

    private static readonly HashSet<string> TailLinks = new(StringComparer.Ordinal) { "ud", "ad", "ed", "id", "od", "ul", "al", "ol" };

    private readonly Transliteration _transliteration;
    private readonly IReadOnlyDictionary<string, string> _cognates;
    private readonly IReadOnlyDictionary<string, string> _cognateStems;

    public static NameReader Default { get; } = new(Transliteration.Default);

    public NameReader(Transliteration transliteration)
    {
        _transliteration = transliteration;
        _cognates = SlavicGivenNames.Build(transliteration);
        _cognateStems = SlavicGivenNames.BuildStems(transliteration);
    }

    public Transliteration Transliteration => _transliteration;

    public ParsedName Read(string text) => Read(text, 0, text.Length);

    /// <summary>Reads the name in <paramref name="text"/>[start, start+length); token offsets are offsets into <paramref name="text"/>.</summary>
    public ParsedName Read(string text, int start, int length)
    {
        var words = Words(text, start, length);
        var tokens = new List<NameToken>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var (wStart, wLength, letters) = words[i];
            var single = words.Count == 1;
            if (!single && (Honorifics.Contains(letters) || FunctionWords.Contains(letters)))
            {
                continue;
            }

            if (!single && Particles.Contains(letters) && !(letters == "al" && i == words.Count - 1))
            {
                continue;
            }

            if (!single && i > 0 && i + 1 < words.Count && AssimilatedArticles.Contains(letters)
                && words[i + 1].Letters.StartsWith(letters.Substring(1), StringComparison.Ordinal))
            {
                continue;
            }

            // Mir before a family name is an honorific (Mir-Hejazi), as a first word a given name.
            if ((letters == "ben" || letters == "mir") && i > 0 && i < words.Count - 1)
            {
                continue;
            }

            var end = wStart + wLength;
            var joined = letters;
            if (CompoundHeads.Contains(letters) && i + 1 < words.Count)
            {
                // Abd al-Rahman: the head, an optional article, and the word it governs are one element.
                var next = i + 1;
                if (next + 1 < words.Count && Particles.Contains(words[next].Letters))
                {
                    joined += words[next].Letters;
                    next++;
                }

                joined += words[next].Letters;
                end = words[next].Start + words[next].Length;
                i = next;
            }

            while (i + 1 < words.Count)
            {
                var next = words[i + 1].Letters;
                if (CompoundTails.Contains(next))
                {
                    joined += next;
                    end = words[i + 1].Start + words[i + 1].Length;
                    i++;
                }
                else if (TailLinks.Contains(next) && i + 2 < words.Count && CompoundTails.Contains(words[i + 2].Letters))
                {
                    joined += next + words[i + 2].Letters;
                    end = words[i + 2].Start + words[i + 2].Length;
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            var reading = Reading(joined);
            var (plain, folded, alternates) = (reading.Plain, reading.Folded, reading.Alternates);
            var kind = letters.Length == 1 ? NameTokenKind.Initial
                : tokens.Count > 0 && IsPatronymic(folded) ? NameTokenKind.Patronymic
                : NameTokenKind.Word;
            var cognate = kind == NameTokenKind.Word && _cognates.TryGetValue(plain, out var key) ? key
                : kind == NameTokenKind.Patronymic && SlavicGivenNames.PatronymicStem(plain) is string stem && _cognateStems.TryGetValue(stem, out var father) ? father
                : null;
            tokens.Add(new NameToken(text.Substring(wStart, end - wStart), wStart, end - wStart, folded, kind, alternates, cognate, joined.Length > letters.Length)
            {
                Skeleton = reading.Skeleton,
                Readings = reading.Readings,
                AlternateSkeletons = reading.AlternateSkeletons,
            });
        }

        return new ParsedName(text.Substring(start, length), tokens);
    }

    /// <summary>
    /// The folded forms of one element's letters, worked out once per distinct spelling: a corpus
    /// repeats its given names and family names thousands of times. The cache stops growing at
    /// <see cref="ReadingCacheLimit"/> so that a long-lived server cannot be made to hold every word it was shown.
    /// </summary>
    private WordReading Reading(string joined)
    {
        if (_readings.TryGetValue(joined, out var cached))
        {
            return cached;
        }

        var plain = _transliteration.Fold(joined);
        var folded = FoldCompound(plain);
        var reading = new WordReading(plain, folded, Alternates(joined, folded));
        // ConcurrentDictionary.Count takes every lock of the table: asked on each miss, it serialised the
        // threads of a parallel read (7% of a 100,000-name clustering in Monitor.Enter). A counter of our own does not.
        if (Volatile.Read(ref _cachedReadings) < ReadingCacheLimit && _readings.TryAdd(joined, reading))
        {
            Interlocked.Increment(ref _cachedReadings);
        }

        return reading;
    }

    private int _cachedReadings;

    private const int ReadingCacheLimit = 200_000;

    private readonly ConcurrentDictionary<string, WordReading> _readings = new(StringComparer.Ordinal);

    /// <summary>What every element spelt with these letters shares; its arrays are handed to each token, never changed.</summary>
    private sealed class WordReading
    {
        public WordReading(string plain, string folded, List<string>? alternates)
        {
            Plain = plain;
            Folded = folded;
            Alternates = alternates;
            Skeleton = Transliteration.Skeleton(folded);
            Readings = NameToken.ReadingsOf(folded, alternates);
            AlternateSkeletons = NameToken.SkeletonsOf(alternates, Skeleton);
        }

        public string Plain { get; }

        public string Folded { get; }

        public List<string>? Alternates { get; }

        public string Skeleton { get; }

        public string[] Readings { get; }

        public string[] AlternateSkeletons { get; }
    }

    /// <summary>
    /// Abdulrahman, Abdurrahman and Abd al-Rahman: the article after "abd" is written in as many
    /// ways as there are sun letters; so is the linking vowel and article before -din (Nasr al-Din,
    /// Nasreddine, Nasruddin) and -ullah (Fatehullah, Fathollah).
    /// </summary>
    private static string FoldCompound(string folded)
    {
        folded = FoldTail(folded, "din", 6);
        if (folded.EndsWith("ula", StringComparison.Ordinal) || folded.EndsWith("ola", StringComparison.Ordinal))
        {
            folded = FoldTail(folded, "la", 6);
        }
        folded = FoldTail(folded, "lah", 6);

        if (folded.Length > 5 && folded.StartsWith("abd", StringComparison.Ordinal) && Transliteration.IsVowel(folded[3]))
        {
            var rest = folded.Substring(4);
            // ... but Abdullah is abd + Allah, not an article.
            if (rest.Length > 2 && rest[0] == 'l' && rest != "lah")
            {
                rest = rest.Substring(1);
            }

            return "abd" + rest;
        }

        return folded;
    }

    /// <summary>
    /// Central Asian given names carry honorific and affectionate suffixes that one record writes
    /// and another leaves out or swaps (Alimjan, Alimkhan, Alim; Kamchibek, Kamchi).
    /// </summary>
    private static readonly string[] CentralAsianSuffixes = { "dzhon", "zhon", "jon", "jan", "khan", "khon", "bek", "bey", "boy", "bay" };

    /// <summary>
    /// Theophoric compounds are shortened in everyday use: Hedayatollah to Hedayat, Sirajuddin to
    /// Siraj, Zia al-Din to Zia.
    /// </summary>
    private static readonly string[] TheophoricTails = { "ullah", "ollah", "allah", "ulla", "olla", "alla", "uddin", "oddin", "eddin", "iddin", "addin", "aldin", "uldin", "udin", "odin", "edin", "idin", "edine", "eddine", "uddeen" };

    private static string? WithoutSuffix(string letters)
    {
        foreach (var tail in TheophoricTails)
        {
            if (letters.Length - tail.Length >= 3 && letters.EndsWith(tail, StringComparison.Ordinal))
            {
                return letters.Substring(0, letters.Length - tail.Length);
            }
        }

        foreach (var suffix in CentralAsianSuffixes)
        {
            if (letters.Length - suffix.Length >= 4 && letters.EndsWith(suffix, StringComparison.Ordinal))
            {
                return letters.Substring(0, letters.Length - suffix.Length);
            }
        }

        return null;
    }

    private List<string>? Alternates(string joined, string folded)
    {
        List<string>? list = null;
        var stem = WithoutSuffix(Transliteration.Letters(joined));
        foreach (var reading in new[] { _transliteration.FoldAlternate(joined), _transliteration.FoldSomali(joined), _transliteration.FoldGerman(joined), stem == null ? null : _transliteration.Fold(stem) })
        {
            if (reading == null)
            {
                continue;
            }

            var r = FoldCompound(reading);
            if (r != folded && (list == null || !list.Contains(r)))
            {
                (list ??= new List<string>(2)).Add(r);
            }
        }

        return list;
    }

    private static string FoldTail(string folded, string tail, int minLength)
    {
        if (folded.Length < minLength || !folded.EndsWith(tail, StringComparison.Ordinal))
        {
            return folded;
        }

        var stem = folded.Length - tail.Length;
        var cut = stem;
        // The linking vowel and the article (al-, el-) go; an l after o is the name's own (the Tajik
        // and Uzbek Kamol, Jalol in Kamoliddin, Jaloliddin), and so is one after i or u.
        while (cut > 2 && (Transliteration.IsVowel(folded[cut - 1]) || (folded[cut - 1] == 'l' && folded[cut - 2] is 'a' or 'e')))
        {
            cut--;
        }

        return cut == stem || cut < 2 ? folded : folded.Substring(0, cut) + tail;
    }

    private static bool IsPatronymic(string folded) =>
        folded.Length >= 6 && (folded.EndsWith("viC", StringComparison.Ordinal) || folded.EndsWith("vic", StringComparison.Ordinal)
            || folded.EndsWith("vna", StringComparison.Ordinal) || folded.EndsWith("viCi", StringComparison.Ordinal)
            || folded.EndsWith("vitJ", StringComparison.Ordinal) || folded.EndsWith("ovic", StringComparison.Ordinal)
            || folded.EndsWith("auna", StringComparison.Ordinal) || folded.EndsWith("euna", StringComparison.Ordinal));

    private static List<(int Start, int Length, string Letters)> Words(string text, int start, int length)
    {
        var words = new List<(int, int, string)>(4);
        foreach (var (runStart, wordEnd) in WordRuns.In(text, start, start + length))
        {
            // A leading ʿ or ' (ʿAli, 'Abd) belongs to the word.
            var wordStart = runStart > start && IsApostrophe(text[runStart - 1]) ? runStart - 1 : runStart;
            var letters = Transliteration.Letters(text, wordStart, wordEnd - wordStart);
            if (letters.Length > 0)
            {
                words.Add((wordStart, wordEnd - wordStart, letters));
            }
        }

        return words;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ' or '`' or '‘';
}
