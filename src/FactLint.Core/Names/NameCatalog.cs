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
    private readonly Dictionary<string, List<(EntitySpelling Spelling, NameToken Element)>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignored;

    public NameCatalog(NameComparer comparer, IEnumerable<(FactDocument Document, EntityRecord Entity)> entities)
    {
        Comparer = comparer;
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
                    foreach (var key in SkeletonKeys(token))
                    {
                        if (!_bySkeleton.TryGetValue(key, out var list))
                        {
                            list = new List<(EntitySpelling, NameToken)>();
                            _bySkeleton[key] = list;
                        }

                        list.Add((spelling, token));
                    }
                }
            }
        }
    }

    public NameComparer Comparer { get; }

    public IReadOnlyList<EntitySpelling> Spellings { get; }

    /// <summary>Whether <paramref name="word"/> is how some entity other than <paramref name="except"/> writes an element of its name.</summary>
    public bool IsAcceptedWord(string word, EntityRecord? except = null) =>
        _acceptedWords.TryGetValue(Transliteration.Letters(word), out var owners) && owners.Any(o => !ReferenceEquals(o.Entity, except));

    public bool IsIgnored(string word) => _ignored.Contains(Transliteration.Letters(word));

    /// <summary>
    /// The entity element that <paramref name="text"/>[start, start+length) is a near variant of,
    /// when there is exactly one best; null when the word is accepted, ignored, or like nothing
    /// (or like two different entities equally, which a writer cannot act on).
    /// </summary>
    public NameVariant? FindVariant(string text, int start, int length, Func<EntitySpelling, bool>? eligible = null)
    {
        var raw = text.Substring(start, length);
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
        var best = new List<(EntitySpelling Spelling, NameToken Element)>();
        var bestSimilarity = 0.0;
        string? bestLetters = null;
        var tie = false;
        foreach (var key in SkeletonKeys(word))
        {
            if (!_bySkeleton.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var (spelling, element) in candidates)
            {
                if ((eligible != null && !eligible(spelling)) || !Comparer.TokensCorrespond(word, element, out var similarity))
                {
                    continue;
                }

                var letters = Transliteration.Letters(element.Text);
                if (best.Count == 0 || similarity > bestSimilarity + 1e-9)
                {
                    best.Clear();
                    best.Add((spelling, element));
                    bestSimilarity = similarity;
                    bestLetters = letters;
                    tie = false;
                }
                else if (Math.Abs(similarity - bestSimilarity) <= 1e-9)
                {
                    if (letters == bestLetters)
                    {
                        if (!best.Any(b => ReferenceEquals(b.Spelling.Entity, spelling.Entity)))
                        {
                            best.Add((spelling, element));
                        }
                    }
                    else
                    {
                        // Like two different spellings equally: nothing a writer could act on.
                        tie = true;
                    }
                }
            }
        }

        if (best.Count == 0 || tie)
        {
            return null;
        }

        // Events are usually named after a place or person; point at that first.
        var ordered = best.OrderBy(b => b.Spelling.EntityType == "event" ? 1 : 0).ThenBy(b => b.Spelling.IsAlias ? 1 : 0).ToList();
        return new NameVariant(word, ordered, bestSimilarity);
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
