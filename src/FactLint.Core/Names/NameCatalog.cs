using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Corpus;
using FactLint.Model;

namespace FactLint.Names;

/// <summary>
/// Every accepted spelling of every entity in a corpus, with the two lookups the name rules need:
/// is a word an accepted spelling of some element, and of which element is it a near variant.
/// Built once per run; lookups are hash probes on the consonant skeleton, never a scan.
/// </summary>
public sealed class NameCatalog
{
    private readonly Dictionary<string, List<EntitySpelling>> _acceptedWords = new(StringComparer.Ordinal);
    /// <summary>Distinct element spellings by skeleton key: a mention is compared once with "Khalimov", however many entities write it so.</summary>
    private readonly Dictionary<string, List<ElementSpelling>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ElementSpelling> _byLetters = new(StringComparer.Ordinal);

    /// <summary><see cref="MentionVariant"/>'s answers by the word as written (the scans meet the same names again and again).</summary>
    private readonly Dictionary<string, NameVariant?> _mentions = new(StringComparer.Ordinal);
#if NET
    private readonly Dictionary<string, NameVariant?>.AlternateLookup<ReadOnlySpan<char>> _mentionLookup;
#endif
    private readonly HashSet<string> _ignored;

    public NameCatalog(NameComparer comparer, IEnumerable<(FactDocument Document, EntityRecord Entity)> entities)
    {
        Comparer = comparer;
#if NET
        _mentionLookup = _mentions.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _ignored = new HashSet<string>(comparer.Settings.Ignore.Select(Transliteration.Letters), StringComparer.Ordinal);
        var spellings = new List<EntitySpelling>();
        foreach (var (document, entity) in entities)
        {
            if (entity.Name is { IsString: true } name && name.Value.Trim().Length > 0)
            {
                spellings.Add(new EntitySpelling(document, entity, name, comparer.Reader.Read(name.Value), IsAlias: false));
            }

            foreach (var alias in entity.Aliases)
            {
                if (alias.IsString && alias.Value.Trim().Length > 0)
                {
                    spellings.Add(new EntitySpelling(document, entity, alias, comparer.Reader.Read(alias.Value), IsAlias: true));
                }
            }
        }

        Spellings = spellings;
        foreach (var spelling in spellings)
        {
            foreach (var token in spelling.Name.Tokens)
            {
                var word = Transliteration.Letters(token.Text);
                if (!_acceptedWords.TryGetValue(word, out var owners))
                {
                    owners = new List<EntitySpelling>();
                    _acceptedWords[word] = owners;
                }

                owners.Add(spelling);
                if (token.Kind == NameTokenKind.Word && IsNameWord(token.Text))
                {
                    if (_byLetters.TryGetValue(word, out var known))
                    {
                        known.Owners.Add((spelling, token));
                        continue;
                    }

                    var element = new ElementSpelling(token);
                    element.Owners.Add((spelling, token));
                    _byLetters[word] = element;
                    foreach (var key in SkeletonKeys(token))
                    {
                        if (!_bySkeleton.TryGetValue(key, out var list))
                        {
                            list = new List<ElementSpelling>();
                            _bySkeleton[key] = list;
                        }

                        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], element))
                        {
                            list.Add(element);
                        }
                    }
                }
            }
        }
    }

    public NameComparer Comparer { get; }

    public IReadOnlyList<EntitySpelling> Spellings { get; }

    /// <summary>Whether <paramref name="word"/> is how some entity other than <paramref name="except"/> writes an element of its name.</summary>
    public bool IsAcceptedWord(string word, EntityRecord? except = null)
    {
        if (!_acceptedWords.TryGetValue(Transliteration.Letters(word), out var owners))
        {
            return false;
        }

        foreach (var o in owners)
        {
            if (!ReferenceEquals(o.Entity, except))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a word of free text (a quote, a note, a title: no entity's own name) is a variant of:
    /// null when it is an accepted spelling or like nothing. Remembered by the word as written, so
    /// the scans of a corpus that meet "Khalimov" 3,000 times read it once; on .NET the word is
    /// looked up without copying it out of the text.
    /// </summary>
    public NameVariant? MentionVariant(string text, int start, int length)
    {
#if NET
        if (_mentionLookup.TryGetValue(text.AsSpan(start, length), out var known))
        {
            return known;
        }
#endif
        var word = text.Substring(start, length);
#if !NET
        if (_mentions.TryGetValue(word, out var known))
        {
            return known;
        }
#endif
        var variant = IsAcceptedWord(word) ? null : Find(text, start, length, word, eligible: null);
        if (_mentions.Count < MaxRemembered)
        {
            _mentions[word] = variant;
        }

        return variant;
    }

    public bool IsIgnored(string word) => _ignored.Contains(Transliteration.Letters(word));

    /// <summary>
    /// The entity element that <paramref name="text"/>[start, start+length) is a near variant of,
    /// when there is exactly one best; null when the word is accepted, ignored, or like nothing
    /// (or like two different entities equally, which a writer cannot act on).
    /// </summary>
    /// <remarks>Not remembered: <see cref="MentionVariant"/> remembers the answers for free text, where words repeat.</remarks>
    public NameVariant? FindVariant(string text, int start, int length, Func<EntitySpelling, bool>? eligible = null) =>
        Find(text, start, length, text.Substring(start, length), eligible);

    /// <summary>Bounds what a long-lived server's catalog remembers.</summary>
    private const int MaxRemembered = 100_000;

    private NameVariant? Find(string text, int start, int length, string raw, Func<EntitySpelling, bool>? eligible)
    {
        if (IsIgnored(raw))
        {
            return null;
        }

        var read = Comparer.Reader.Read(text, start, length);
        if (read.Tokens.Count != 1 || read.Tokens[0].Kind != NameTokenKind.Word)
        {
            return null;
        }

        var word = read.Tokens[0];
        ElementSpelling? best = null;
        var bestSimilarity = 0.0;
        var tie = false;
        var seen = new HashSet<ElementSpelling>();
        foreach (var key in SkeletonKeys(word))
        {
            if (!_bySkeleton.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var element in candidates)
            {
                if (!seen.Add(element) || (eligible != null && !element.Owners.Exists(o => eligible(o.Spelling))) || !Comparer.TokensCorrespond(word, element.Element, out var similarity))
                {
                    continue;
                }

                if (best == null || similarity > bestSimilarity + 1e-9)
                {
                    best = element;
                    bestSimilarity = similarity;
                    tie = false;
                }
                else if (Math.Abs(similarity - bestSimilarity) <= 1e-9)
                {
                    // Like two different spellings equally: nothing a writer could act on.
                    tie = true;
                }
            }
        }

        if (best == null || tie)
        {
            return null;
        }

        // Every entity that writes the element so, once; events are usually named after a place or
        // person, so point at that first.
        var entities = new HashSet<EntityRecord>(ReferenceEqualityComparer.Instance);
        var matches = best.Owners.Where(o => (eligible == null || eligible(o.Spelling)) && entities.Add(o.Spelling.Entity))
            .OrderBy(o => o.Spelling.EntityType == "event" ? 1 : 0).ThenBy(o => o.Spelling.IsAlias ? 1 : 0).ToList();
        return new NameVariant(word, matches, bestSimilarity);
    }

    /// <summary>One way of writing a name element, and every entity spelling that writes it so.</summary>
    private sealed class ElementSpelling
    {
        public ElementSpelling(NameToken element) => Element = element;

        public NameToken Element { get; }

        public List<(EntitySpelling Spelling, NameToken Element)> Owners { get; } = new();
    }

    /// <summary>Words of a name that carry identity: capitalised, or written in a script without case.</summary>
    private static bool IsNameWord(string text) => text.Length > 0 && !char.IsLower(text[0]);

    private static IEnumerable<string> SkeletonKeys(NameToken token)
    {
        if (token.Skeleton.Length > 0)
        {
            yield return token.Skeleton;
        }

        if (token.Alternates != null)
        {
            foreach (var reading in token.Alternates)
            {
                var skeleton = Transliteration.Skeleton(reading);
                if (skeleton.Length > 0 && skeleton != token.Skeleton)
                {
                    yield return skeleton;
                }
            }
        }
    }
}
