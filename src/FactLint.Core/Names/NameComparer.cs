using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Names;

/// <summary>
/// Decides whether two names are spellings of one name. The elements of the shorter name must
/// each correspond, in order, to an element of the longer one (which may carry more: a patronymic,
/// a grandfather's name, a second given name), with the first elements corresponding; a
/// single-element name is never matched to a longer one, since one given name fits too many people.
/// Elements correspond when their folded spellings are close under <see cref="TransliterationDistance"/>.
/// </summary>
public sealed class NameComparer
{
    private const double InitialSimilarity = 0.85;

    /// <summary>Dmitry and Dzmitry: one name, two languages; sure, but not the same spelling.</summary>
    private const double CognateSimilarity = 0.95;

    private const double ArticleSimilarity = 0.97;

    private const double VowelSlack = 0.5;

    /// <summary>Joining two words into one (Ali Reza, Alireza) must leave them nearly identical: a join can absorb a whole word.</summary>
    private const double ConcatenationSimilarity = 0.9;

    public static NameComparer Default { get; } = new(NameSettings.Default);

    public NameComparer(NameSettings settings)
    {
        Settings = settings;
        Reader = new NameReader(new Transliteration(settings.Equivalences));
    }

    public NameSettings Settings { get; }

    public NameReader Reader { get; }

    public NameComparison Compare(string a, string b) => Compare(Reader.Read(a), Reader.Read(b));

    /// <summary>
    /// Compares the names of organisations, places and events: every element must correspond on
    /// both sides, since an added word names another thing (Islamic State, Islamic State Khorasan
    /// Province) where in a person's name it is only a fuller form.
    /// </summary>
    public NameComparison CompareWhole(ParsedName a, ParsedName b)
    {
        var result = Compare(a, b);
        if (!result.Same)
        {
            return result;
        }

        var coveredA = result.Matches.Sum(m => m.ACount);
        var coveredB = result.Matches.Sum(m => m.BCount);
        if (coveredA != a.Tokens.Count || coveredB != b.Tokens.Count)
        {
            return result with { Same = false, Reason = "one name has words the other lacks, which for an organisation, place or event names another thing" };
        }

        // Numbers are not part of a name's spelling but tell things apart: Colony No. 1, Colony No. 3.
        var numbersA = Numbers(a.Text);
        var numbersB = Numbers(b.Text);
        return numbersA.SequenceEqual(numbersB, StringComparer.Ordinal)
            ? result
            : result with { Same = false, Reason = $"the numbers differ ({string.Join(" ", numbersA)}; {string.Join(" ", numbersB)}), so they name different things" };
    }

    /// <summary>The runs of digits in a name, without leading zeros (No. 03 is No. 3).</summary>
    private static List<string> Numbers(string text)
    {
        var numbers = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                var start = i;
                while (i < text.Length && text[i] is >= '0' and <= '9')
                {
                    i++;
                }

                var run = text.Substring(start, i - start).TrimStart('0');
                numbers.Add(run.Length == 0 ? "0" : run);
            }
        }

        return numbers;
    }

    /// <summary>Compares two names of an entity of <paramref name="entityType"/>: people by <see cref="Compare(ParsedName, ParsedName)"/>, everything else whole.</summary>
    public NameComparison Compare(string a, string b, string? entityType) =>
        entityType is null or "person" ? Compare(a, b) : CompareWhole(Reader.Read(a), Reader.Read(b));

    /// <summary>The entity type a pairs-file group names, if it starts with one (organization-hard is an organization).</summary>
    public static string? EntityTypeOfGroup(string? group)
    {
        foreach (var type in new[] { "person", "organization", "place", "event", "group" })
        {
            if (group != null && group.StartsWith(type, StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }

    public NameComparison Compare(ParsedName a, ParsedName b)
    {
        var correspondence = Correspondences(a.Tokens, b.Tokens);
        var ordered = Decide(a, b, Align(a.Tokens, b.Tokens, correspondence));
        if (ordered.Same || a.Tokens.Count < 2 || b.Tokens.Count < 2 || !EveryElementOfShorterCorresponds(a.Tokens.Count, b.Tokens.Count, correspondence))
        {
            return ordered;
        }

        // Word order: lists put the surname first (Ryauzov Denis Jurjevich), and long Arabic names
        // are recorded with their later elements in different orders. Allowed when the evidence is
        // strong enough that order is not needed: three or more elements with the person's own
        // (first) name agreeing — in an Arabic chain the name after it is the father's, so Uday Saddam
        // Hussein contains his father's name — or a surname recognisable as one standing first.
        var unordered = AlignUnordered(a.Tokens, b.Tokens, correspondence);
        var shorter = Math.Min(a.Tokens.Count, b.Tokens.Count);
        var complete = unordered.Count == shorter;
        var ownNamesAgree = unordered.Any(m => m.AStart == 0 && m.BStart == 0);
        if (complete && ((shorter >= 3 && ownNamesAgree) || unordered.Any(m => (m.AStart == 0 || m.BStart == 0) && (IsSurnameByForm(a.Tokens[m.AStart]) || IsSurnameByForm(b.Tokens[m.BStart])))))
        {
            var score = unordered.Average(m => m.Similarity);
            return new NameComparison(a, b, true, score, unordered, "every element of the shorter name corresponds, in another order");
        }

        return ordered;
    }

    /// <summary>
    /// The similarity of every element of <paramref name="a"/> to every element of <paramref name="b"/>
    /// that corresponds (row-major), and -1 where they do not: both alignments read it, so each pair is decided once.
    /// </summary>
    private double[] Correspondences(IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b)
    {
        var result = new double[a.Count * b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                result[(i * b.Count) + j] = TokensCorrespond(a[i], b[j], out var s) ? s : -1;
            }
        }

        return result;
    }

    /// <summary>Whether each element of the shorter name corresponds to some element of the other: without it no reordering can be complete.</summary>
    private static bool EveryElementOfShorterCorresponds(int na, int nb, double[] correspondence)
    {
        var rows = na <= nb;
        var count = rows ? na : nb;
        for (var k = 0; k < count; k++)
        {
            var found = false;
            var others = rows ? nb : na;
            for (var l = 0; l < others && !found; l++)
            {
                found = correspondence[rows ? (k * nb) + l : (l * nb) + k] >= 0;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Greedy best-first pairing of single elements regardless of order.</summary>
    private static List<TokenMatch> AlignUnordered(IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b, double[] correspondence)
    {
        var candidates = new List<TokenMatch>();
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var s = correspondence[(i * b.Count) + j];
                if (s >= 0)
                {
                    candidates.Add(new TokenMatch(i, 1, j, 1, a[i].Folded, b[j].Folded, s));
                }
            }
        }

        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var matches = new List<TokenMatch>();
        foreach (var c in candidates.OrderByDescending(c => c.Similarity).ThenBy(c => Math.Abs(c.AStart - c.BStart)))
        {
            if (!usedA[c.AStart] && !usedB[c.BStart])
            {
                usedA[c.AStart] = usedB[c.BStart] = true;
                matches.Add(c);
            }
        }

        matches.Sort((x, y) => x.AStart.CompareTo(y.AStart));
        return matches;
    }

    /// <summary>East Slavic surnames show by their ending (-ov, -ev, -in, -sky, -enko, -uk and feminine forms).</summary>
    private static bool IsSurnameByForm(NameToken token)
    {
        if (token.Kind != NameTokenKind.Word || token.Folded.Length < 5)
        {
            return false;
        }

        var f = token.Folded;
        foreach (var ending in SlavicSurnameEndings)
        {
            if (f.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SlavicSurnameEndings = { "ov", "ev", "ova", "eva", "in", "ina", "ski", "skaia", "enko", "uk", "iuk", "ovic", "evic" };

    /// <summary>Whether two single elements are spellings of one (used for surname-only mentions).</summary>
    public bool TokensCorrespond(NameToken x, NameToken y, out double similarity)
    {
        var initial = x.Kind == NameTokenKind.Initial || y.Kind == NameTokenKind.Initial;
        var sameConsonants = x.Skeleton.Length >= 2 && x.Skeleton == y.Skeleton && FirstVowel(x.Folded) == FirstVowel(y.Folded);
        similarity = initial ? Similarity(x, y) : Similarity(x, y, LowestAcceptable(x.Folded, y.Folded, sameConsonants));
        return Accept(x.Folded, y.Folded, similarity, initial, sameConsonants);
    }

    /// <summary>The least similarity <see cref="Accept"/> could take for these spellings: below it the exact value does not matter.</summary>
    private double LowestAcceptable(string x, string y, bool sameConsonants)
    {
        var longer = Math.Max(x.Length, y.Length);
        var byBudget = longer == 0 ? 0 : 1 - ((MaxCost(longer) + (sameConsonants ? VowelSlack : 0) + 1e-9) / longer);
        return Math.Max(Settings.Threshold, byBudget) - 1e-9;
    }

    public static double Similarity(NameToken x, NameToken y) => Similarity(x, y, 0);

    /// <summary>
    /// The similarity of two elements: the best over their readings, with and without the Arabic
    /// article. Exact when it is at least <paramref name="atLeast"/>; otherwise only known to be below it.
    /// </summary>
    public static double Similarity(NameToken x, NameToken y, double atLeast)
    {
        if (x.Kind == NameTokenKind.Initial || y.Kind == NameTokenKind.Initial)
        {
            return x.Folded.Length > 0 && y.Folded.Length > 0 && FirstSound(x.Folded) == FirstSound(y.Folded) ? InitialSimilarity : 0;
        }

        if (x.Cognate != null && x.Cognate == y.Cognate)
        {
            return x.Folded == y.Folded ? 1.0 : Distinct(x, y) ? 0 : CognateSimilarity;
        }

        var best = TransliterationDistance.Similarity(x.Folded, y.Folded, atLeast);
        var xs = x.WithoutArticle;
        var ys = y.WithoutArticle;
        if (best < 1 && (xs == null) != (ys == null))
        {
            // The Arabic article is written apart, hyphenated or joined (Al Binali, Albinali).
            var floor = Math.Max(atLeast, best) / ArticleSimilarity;
            if (floor <= 1)
            {
                best = Math.Max(best, ArticleSimilarity * TransliterationDistance.Similarity(xs ?? x.Folded, ys ?? y.Folded, floor));
            }
        }

        if (x.Alternates != null || y.Alternates != null)
        {
            foreach (var rx in x.Readings)
            {
                foreach (var ry in y.Readings)
                {
                    best = Math.Max(best, TransliterationDistance.Similarity(rx, ry, Math.Max(atLeast, best)));
                }
            }
        }

        // Different words that look like spellings of one: decided only for the pairs that would
        // otherwise correspond (most candidate pairs are far apart and never get here).
        return best >= atLeast && best < 1 && Distinct(x, y) ? 0 : best;
    }

    private static bool Distinct(NameToken x, NameToken y)
    {
        foreach (var rx in x.Readings)
        {
            foreach (var ry in y.Readings)
            {
                if (DistinctForms.AreDifferentWords(rx, ry))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool GenderedGivenNames(NameToken x, NameToken y)
    {
        if (string.Equals(x.Folded, y.Folded, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var rx in x.Readings)
        {
            foreach (var ry in y.Readings)
            {
                if (DistinctForms.IsGenderedPair(rx, ry))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Muhammad as a first element is often devotional, written in full records and dropped in
    /// everyday use (Mohammed Ammar Saati, Ammar Saati).
    /// </summary>
    private static bool IsDevotionalPrefix(NameToken token) =>
        token.Kind == NameTokenKind.Word && token.Skeleton == "mt" && TransliterationDistance.Similarity(token.Folded, "muhamad") >= 0.7;

    private static char FirstVowel(string folded)
    {
        foreach (var c in folded)
        {
            if (Transliteration.IsVowel(c))
            {
                return c;
            }
        }

        return '\0';
    }

    private bool Accept(string x, string y, double similarity, bool initial, bool sameConsonants = false)
    {
        if (initial)
        {
            return similarity > 0;
        }

        if (similarity < Settings.Threshold)
        {
            return false;
        }

        // A budget of weighted changes that grows with the length: in a short element one wrong
        // consonant already makes another name (Ali, Adi; Bagheri, Baseri), in a long one it may be a slip.
        var longer = Math.Max(x.Length, y.Length);
        var cost = (1 - similarity) * longer;
        // Arabic and Persian script leave short vowels unwritten, so romanisations that agree on
        // every consonant and the first vowel may still disagree on several later ones (Jumail,
        // Jumili). The first vowel must agree: names of one root differ there (Mahmud, Mohamed).
        var budget = MaxCost(longer) + (sameConsonants ? VowelSlack : 0);
        return cost <= budget + 1e-9;
    }

    /// <summary>
    /// Whether a word of <paramref name="single"/> letters could be two words of <paramref name="joined"/>
    /// letters within <see cref="ConcatenationSimilarity"/>: every letter of difference costs at least a vowel gap.
    /// </summary>
    private static bool MayBeJoined(int single, int joined) =>
        Math.Abs(single - joined) * TransliterationDistance.VowelGap <= ((1 - ConcatenationSimilarity) * Math.Max(single, joined)) + 1e-9;

    public static double MaxCost(int length) => length switch
    {
        <= 4 => 0.5,
        <= 6 => 0.8,
        <= 8 => 1.0,
        <= 10 => 1.4,
        _ => 1.9,
    };

    private static char FirstSound(string folded) => folded[0] switch
    {
        'H' => 'h',
        'J' => 'i',
        'c' or 'k' => 'k',
        var c => c,
    };

    private static NameComparison Decide(ParsedName a, ParsedName b, Alignment alignment)
    {
        var na = a.Tokens.Count;
        var nb = b.Tokens.Count;
        if (na == 0 || nb == 0)
        {
            return new NameComparison(a, b, false, 0, alignment.Matches, "one of the names has no elements");
        }

        // Loops, not LINQ: this runs for every candidate pair of a corpus.
        int coveredA = 0, coveredB = 0;
        var weighted = 0.0;
        for (var k = 0; k < alignment.Matches.Count; k++)
        {
            var m = alignment.Matches[k];
            coveredA += m.ACount;
            coveredB += m.BCount;
            weighted += m.Similarity * (m.ACount + m.BCount);
        }

        var score = alignment.Matches.Count == 0 ? 0 : weighted / (coveredA + coveredB);
        var completeA = coveredA == na;
        var completeB = coveredB == nb;

        var middleGap = false;
        if (!completeA && !completeB)
        {
            // In two long names (four elements or more: own name, father, grandfather, family) one
            // element further up the chain may be spelled past recognition in each; the own name,
            // the father's name and the family name must still agree.
            middleGap = alignment.Matches.Count >= 3 && OnlyMiddleUncovered(a, alignment.Matches, true) && OnlyMiddleUncovered(b, alignment.Matches, false);
        }

        if (!completeA && !completeB && !middleGap)
        {
            var matches = alignment.Matches;
            var missingInA = (na - coveredA) <= (nb - coveredB);
            return new NameComparison(a, b, false, score, matches, () => "no match for " + string.Join(", ", Unmatched(missingInA ? a : b, matches, missingInA).Select(t => "'" + t.Text + "'")));
        }

        if (alignment.Matches.Count == 1 && !(completeA && completeB) && !IsCompoundGivenName(alignment.Matches[0], a, b))
        {
            return new NameComparison(a, b, false, score, alignment.Matches, "a single name is not matched to a longer one: it fits too many people");
        }

        var first = alignment.Matches.Count > 0 ? alignment.Matches[0] : default;
        if (alignment.Matches.Count == 0 || !(first.AStart == 0 || (first.AStart == 1 && IsDevotionalPrefix(a.Tokens[0])))
            || !(first.BStart == 0 || (first.BStart == 1 && IsDevotionalPrefix(b.Tokens[0]))))
        {
            return new NameComparison(a, b, false, score, alignment.Matches, "the first names do not correspond");
        }

        if (first.ACount == 1 && first.BCount == 1 && GenderedGivenNames(a.Tokens[first.AStart], b.Tokens[first.BStart]))
        {
            return new NameComparison(a, b, false, score, alignment.Matches, "male and female forms of a given name are different people");
        }

        var reason = middleGap ? "every element but one in the middle corresponds"
            : completeA && completeB ? "every element corresponds" : "every element of the shorter name corresponds";
        return new NameComparison(a, b, true, score, alignment.Matches, reason);
    }

    /// <summary>
    /// A compound given name (Abdul Rashid, Abu Bakr) is a whole name in Afghan and Gulf usage,
    /// which often has no surname; it may stand for the longer name it begins.
    /// </summary>
    private static bool IsCompoundGivenName(TokenMatch only, ParsedName a, ParsedName b) =>
        only.AStart == 0 && only.BStart == 0 && only.ACount == 1 && only.BCount == 1 && only.Similarity >= 0.9
        && a.Tokens[0].Compound && b.Tokens[0].Compound
        && Math.Max(a.Tokens.Count, b.Tokens.Count) <= 2;

    private static IEnumerable<NameToken> Unmatched(ParsedName name, IReadOnlyList<TokenMatch> matches, bool sideA) =>
        name.Tokens.Where((_, i) => !matches.Any(m => sideA ? i >= m.AStart && i < m.AStart + m.ACount : i >= m.BStart && i < m.BStart + m.BCount));

    private static bool OnlyMiddleUncovered(ParsedName name, IReadOnlyList<TokenMatch> matches, bool sideA)
    {
        var n = name.Tokens.Count;

        var covered = new bool[n];
        foreach (var m in matches)
        {
            var start = sideA ? m.AStart : m.BStart;
            var count = sideA ? m.ACount : m.BCount;
            for (var k = start; k < start + count; k++)
            {
                covered[k] = true;
            }
        }

        var uncovered = 0;
        for (var k = 0; k < n; k++)
        {
            if (!covered[k])
            {
                if (k <= 1 || k == n - 1 || n < 4 || name.Tokens[k].Kind == NameTokenKind.Patronymic)
                {
                    return false;
                }

                uncovered++;
            }
        }

        return uncovered <= 1;
    }

    private sealed class Alignment
    {
        public static readonly Alignment Empty = new(0, Array.Empty<TokenMatch>());

        public Alignment(double value, IReadOnlyList<TokenMatch> matches)
        {
            Value = value;
            Matches = matches;
        }

        public double Value { get; }

        public IReadOnlyList<TokenMatch> Matches { get; }
    }

    /// <summary>
    /// Order-keeping alignment of the two element lists that covers the most elements (weighted
    /// by similarity); an element may also match two adjacent ones written as a compound.
    /// </summary>
    private Alignment Align(IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b, double[] correspondence)
    {
        var n = a.Count;
        var m = b.Count;
        var width = m + 1;
        var value = new double[(n + 1) * width];
        var move = new byte[(n + 1) * width];
        for (var i = n; i >= 0; i--)
        {
            for (var j = m; j >= 0; j--)
            {
                if (i == n || j == m)
                {
                    continue;
                }

                // A match is taken over skipping when they tie, so that equal names align from the start.
                var bestValue = double.NegativeInfinity;
                byte bestMove = 0;
                var s = correspondence[(i * m) + j];
                if (s >= 0)
                {
                    bestValue = value[((i + 1) * width) + j + 1] + (2 * s);
                    bestMove = 3;
                }

                if (value[((i + 1) * width) + j] > bestValue)
                {
                    bestValue = value[((i + 1) * width) + j];
                    bestMove = 1;
                }

                if (value[(i * width) + j + 1] > bestValue)
                {
                    bestValue = value[(i * width) + j + 1];
                    bestMove = 2;
                }

                if (j + 1 < m && a[i].Kind == NameTokenKind.Word && MayBeJoined(a[i].Folded.Length, b[j].Folded.Length + b[j + 1].Folded.Length))
                {
                    var joined = b[j].JoinedWith(b[j + 1]);
                    var sj = TransliterationDistance.Similarity(a[i].Folded, joined, ConcatenationSimilarity);
                    if (sj >= ConcatenationSimilarity && Accept(a[i].Folded, joined, sj, false) && value[((i + 1) * width) + j + 2] + (3 * sj) > bestValue)
                    {
                        bestValue = value[((i + 1) * width) + j + 2] + (3 * sj);
                        bestMove = 4;
                    }
                }

                if (i + 1 < n && b[j].Kind == NameTokenKind.Word && MayBeJoined(b[j].Folded.Length, a[i].Folded.Length + a[i + 1].Folded.Length))
                {
                    var joined = a[i].JoinedWith(a[i + 1]);
                    var sj = TransliterationDistance.Similarity(joined, b[j].Folded, ConcatenationSimilarity);
                    if (sj >= ConcatenationSimilarity && Accept(joined, b[j].Folded, sj, false) && value[((i + 2) * width) + j + 1] + (3 * sj) > bestValue)
                    {
                        bestValue = value[((i + 2) * width) + j + 1] + (3 * sj);
                        bestMove = 5;
                    }
                }

                value[(i * width) + j] = bestValue;
                move[(i * width) + j] = bestMove;
            }
        }

        var matches = new List<TokenMatch>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            switch (move[(x * width) + y])
            {
                case 1: x++; break;
                case 2: y++; break;
                case 3:
                    matches.Add(new TokenMatch(x, 1, y, 1, a[x].Folded, b[y].Folded, correspondence[(x * m) + y]));
                    x++; y++;
                    break;
                case 4:
                    {
                        var joined = b[y].JoinedWith(b[y + 1]);
                        matches.Add(new TokenMatch(x, 1, y, 2, a[x].Folded, joined, TransliterationDistance.Similarity(a[x].Folded, joined)));
                        x++; y += 2;
                        break;
                    }

                case 5:
                    {
                        var joined = a[x].JoinedWith(a[x + 1]);
                        matches.Add(new TokenMatch(x, 2, y, 1, joined, b[y].Folded, TransliterationDistance.Similarity(joined, b[y].Folded)));
                        x += 2; y++;
                        break;
                    }

                default: x = n; break;
            }
        }

        return new Alignment(value[0], matches);
    }
}
