using System;
using System.Collections.Generic;
using System.Globalization;

namespace FactLint.Figures;

/// <summary>
/// Finds the numbers a sentence states: digits with thousands separators ("1,500", "1 500"),
/// decimals ("7.5"), words ("three", "twenty-one", "two hundred and five", "a dozen"), scales
/// ("9 million", "$7 million", "1.5bn", "40k"), and the hedge in front ("at least", "some", "up to").
/// </summary>
public static class NumberScanner
{
    // Punctuation is a token of its own; its ASCII strings are made once.
    private static readonly string[] OneCharacter = CreateOneCharacterStrings();

    // Any word but those the scanner compares (number words, scales, articles, "and", hedges) is
    // read as this, not copied out of the quote: 50,000 quotes made half a million such strings.
    private const string OtherWord = "";

    private static readonly HashSet<string> Vocabulary = CreateVocabulary();

#if NET
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VocabularyOfSpans = Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> SuffixesOfSpans = NumberWords.Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    // Each thread's token list, reused from quote to quote (dropped when a huge quote made it big).
    [ThreadStatic]
    private static List<Token>? _tokens;

    public static IReadOnlyList<NumberMention> Scan(string text)
    {
        var tokens = _tokens ??= new List<Token>();
        tokens.Clear();
        Tokenize(text, tokens);
        var mentions = ReadMentions(tokens);
        if (tokens.Capacity > 4096)
        {
            _tokens = null;
        }

        return mentions;
    }

    private static List<NumberMention> ReadMentions(List<Token> tokens)
    {
        var mentions = new List<NumberMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var consumed = tokens[i].IsNumber ? ReadDigits(tokens, i, out var value) : ReadWords(tokens, i, out value);
            if (consumed == 0)
            {
                i++;
                continue;
            }

            var first = tokens[i];
            var last = tokens[i + consumed - 1];
            var (qualifier, hedgeStart) = HedgeBefore(tokens, i);
            mentions.Add(new NumberMention(value, first.Start, last.End - first.Start, qualifier, hedgeStart < 0 ? first.Start : hedgeStart));
            i += consumed;
        }

        return mentions;
    }

    private static int ReadDigits(List<Token> tokens, int i, out double value)
    {
        value = tokens[i].Value;
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i].Suffix == 1 && NumberWords.Scales.TryGetValue(tokens[i + 1].Text, out var scale) && scale >= 1000)
        {
            value *= scale;
            return 2;
        }

        value *= tokens[i].Suffix;
        return 1;
    }

    /// <summary>Reads a run of number words: units and tens (with hyphens), "hundred", scales, "and" inside, "a" before a scale.</summary>
    private static int ReadWords(List<Token> tokens, int i, out double value)
    {
        value = 0;
        double total = 0;
        double current = 0;
        var seenNumber = false;
        var j = i;
        var lastGood = i;
        while (j < tokens.Count && tokens[j].IsWord)
        {
            var w = tokens[j].Text;
            if (NumberWords.Small.TryGetValue(w, out var small))
            {
                // "twenty one" and "twenty-one" both read as 21; "five six" is two numbers.
                if (seenNumber && current % 100 != 0 && !(current % 10 == 0 && current % 100 >= 20 && small < 10))
                {
                    break;
                }

                current += small;
                seenNumber = true;
                lastGood = j + 1;
            }
            else if (TryCompound(w, out var compound) && !(seenNumber && current % 100 != 0))
            {
                current += compound;
                seenNumber = true;
                lastGood = j + 1;
            }
            else if (NumberWords.Scales.TryGetValue(w, out var scale) && (seenNumber || (j > i && IsArticle(tokens[j - 1].Text))) && !w.Equals("mln", StringComparison.OrdinalIgnoreCase) && !w.Equals("bln", StringComparison.OrdinalIgnoreCase))
            {
                if (scale < 1000)
                {
                    current = (current == 0 ? 1 : current) * scale;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                seenNumber = true;
                lastGood = j + 1;
            }
            else if (j == i && IsArticle(w) && j + 1 < tokens.Count && tokens[j + 1].IsWord && NumberWords.Scales.ContainsKey(tokens[j + 1].Text))
            {
                // "a dozen", "a hundred": the article is part of the number.
            }
            else if (seenNumber && w.Equals("and", StringComparison.OrdinalIgnoreCase) && j + 1 < tokens.Count && tokens[j + 1].IsWord
                     && (NumberWords.Small.ContainsKey(tokens[j + 1].Text) || TryCompound(tokens[j + 1].Text, out _)) && (total > 0 || current >= 100))
            {
                // "two hundred and five"
            }
            else
            {
                break;
            }

            j++;
        }

        if (!seenNumber)
        {
            return 0;
        }

        value = total + current;
        return lastGood - i;
    }

    private static bool IsArticle(string w) => w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>"twenty-one" → 21.</summary>
    private static bool TryCompound(string word, out int value)
    {
        value = 0;
        var dash = word.IndexOf('-');
        if (dash <= 0)
        {
            return false;
        }

        return NumberWords.Small.TryGetValue(word.Substring(0, dash), out var tens) && tens >= 20 && tens % 10 == 0
            && NumberWords.Small.TryGetValue(word.Substring(dash + 1), out var unit) && unit is > 0 and < 10
            && (value = tens + unit) > 0;
    }

    private static (NumberQualifier Qualifier, int Start) HedgeBefore(List<Token> tokens, int i)
    {
        foreach (var (words, qualifier) in NumberWords.Hedges)
        {
            var start = i - words.Length;
            if (start < 0)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < words.Length && match; k++)
            {
                match = tokens[start + k].IsWord && tokens[start + k].Text.Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                return (qualifier, tokens[start].Start);
            }
        }

        if (i > 0 && tokens[i - 1].Text == "~")
        {
            return (NumberQualifier.Approx, tokens[i - 1].Start);
        }

        return (NumberQualifier.None, -1);
    }

    private static void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                tokens.Add(ReadNumberToken(text, ref i));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || ((text[i] == '-' || text[i] == '\u2010' || text[i] == '\u2011') && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new Token(start, i, WordText(text, start, i), isWord: true));
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(i, i + 1, c < OneCharacter.Length ? OneCharacter[c] : text.Substring(i, 1), isWord: false));
                i++;
            }
        }
    }

    /// <summary>What the scanner compares of a word: its vocabulary entry, the word itself when hyphenated (a compound such as "twenty-one"), else <see cref="OtherWord"/>.</summary>
    private static string WordText(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.IndexOfAny('-', '\u2010', '\u2011') >= 0)
        {
            return word.ToString().Replace('\u2010', '-').Replace('\u2011', '-');
        }

#if NET
        return VocabularyOfSpans.TryGetValue(word, out var known) ? known : OtherWord;
#else
        var copy = word.ToString();
        return Vocabulary.Contains(copy) ? copy : OtherWord;
#endif
    }

    private static HashSet<string> CreateVocabulary()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an", "and" };
        words.UnionWith(NumberWords.Small.Keys);
        words.UnionWith(NumberWords.Scales.Keys);
        foreach (var (hedge, _) in NumberWords.Hedges)
        {
            words.UnionWith(hedge);
        }

        return words;
    }

    private static Token ReadNumberToken(string text, ref int i)
    {
        var start = i;
        var firstGroup = 0;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
            firstGroup++;
        }

        // Thousands groups: "1,500", "1 500", "1 500" (no-break spaces); only after a first group of at most three digits.
        var grouped = false;
        if (firstGroup <= 3)
        {
            while (i + 3 < text.Length + 0 && IsGroupSeparator(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && (i + 4 >= text.Length || !IsDigit(text[i + 4])))
            {
                grouped = true;
                i += 4;
            }
        }

        if (i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
        }

        // The number as written, its group separators left out (a plain "21" or "7.5" is the text itself).
#if NET
        var value = grouped
            ? double.Parse(WithoutSeparators(text, start, i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : double.Parse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
#else
        var value = double.Parse(grouped ? WithoutSeparators(text, start, i) : text.Substring(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
#endif

        double suffix = 1;
        var letters = i;
        while (letters < text.Length && char.IsLetter(text[letters]))
        {
            letters++;
        }

#if NET
        if (letters > i && SuffixesOfSpans.TryGetValue(text.AsSpan(i, letters - i), out var s))
#else
        if (letters > i && NumberWords.Suffixes.TryGetValue(text.Substring(i, letters - i), out var s))
#endif
        {
            suffix = s;
            i = letters;
        }

        // A number's text is never compared: its value is.
        return new Token(start, i, OtherWord, isWord: false, value, suffix);
    }

    private static string[] CreateOneCharacterStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    private static string WithoutSeparators(string text, int start, int end)
    {
        var digits = new System.Text.StringBuilder(end - start);
        for (var k = start; k < end; k++)
        {
            if (IsDigit(text[k]) || text[k] == '.')
            {
                digits.Append(text[k]);
            }
        }

        return digits.ToString();
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsGroupSeparator(char c) => c is ',' or ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'';

    // A struct: a quote's tokens live only while it is scanned, and 50,000 quotes made a million of them.
    private readonly struct Token
    {
        public Token(int start, int end, string text, bool isWord, double value = double.NaN, double suffix = 1)
        {
            Start = start;
            End = end;
            Text = text;
            IsWord = isWord;
            Value = value;
            Suffix = suffix;
        }

        public int Start { get; }

        public int End { get; }

        public string Text { get; }

        public bool IsWord { get; }

        public bool IsNumber => !double.IsNaN(Value);

        public double Value { get; }

        public double Suffix { get; }
    }
}
