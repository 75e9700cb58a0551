using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Model;
using FactLint.Names;
using FactLint.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Rules.Names;

/// <summary>
/// FL4001 inconsistent-name-spelling: a word of a quote, title, note or another entity's name that
/// is a near transliteration variant of an entity's name (Halimov for Khalimov) but is not one of
/// its accepted spellings. In the writer's own text the fix is the corpus's spelling; verbatim text
/// (quotes, titles) is never edited — the fix there records the spelling as an alias.
/// </summary>
public sealed class InconsistentNameSpellingRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL4001", "inconsistent-name-spelling", "Name spelled differently from its entity", RuleCategories.Names, Severity.Warning,
        "A word in a quote, title, note or entity name is a near transliteration variant of an entity's name (Kh/H, doubled letters, -ov/-off, ...) but is neither its name nor one of its aliases.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Safe | FixKinds.Unsafe;

    private enum TextKind
    {
        Note,
        Quote,
        Title,
        EntityName,
    }

    public override void Analyze(CorpusAnalysisContext context)
    {
        // A file's mentions are matched against the entities of every file: they stay as they were
        // while no entity changed (the catalog is then not even built).
        NameCatalog? catalog = null;
        var worded = new WordedVariants();
        context.ForEachDocument(CorpusAspects.Entities, document =>
        {
            catalog ??= NameCatalogs.Of(context);
            if (catalog.Spellings.Count == 0)
            {
                return;
            }

            var model = document.Model;
            foreach (var claim in model.Claims)
            {
                Scan(context, catalog, worded, document, claim.Note, TextKind.Note, null);
                foreach (var citation in claim.Citations)
                {
                    Scan(context, catalog, worded, document, citation.Quote, TextKind.Quote, null);
                }
            }

            foreach (var source in model.Sources)
            {
                Scan(context, catalog, worded, document, source.Title, TextKind.Title, null);
            }

            foreach (var entity in model.Entities)
            {
                Scan(context, catalog, worded, document, entity.Name, TextKind.EntityName, entity);
            }
        });
    }

    private static void Scan(CorpusAnalysisContext context, NameCatalog catalog, WordedVariants worded, FactDocument document, YamlScalar? scalar, TextKind kind, EntityRecord? owner)
    {
        if (scalar is not { IsString: true })
        {
            return;
        }

        var text = scalar.Value;
        // Another entity of the same type with a near-variant name is a possible duplicate (FL4002), not a misspelling.
        var ownerType = owner?.EntityType?.Value;
        Func<EntitySpelling, bool>? eligible = owner == null ? null : s => !ReferenceEquals(s.Entity, owner) && s.EntityType != (ownerType ?? "other");
        foreach (var (start, length) in CapitalisedWords.In(text))
        {
            NameVariant? variant;
            string word;
            if (owner == null)
            {
                // Free text: the answer depends on the word alone, and the catalog remembers it.
                if ((variant = catalog.MentionVariant(text, start, length)) == null)
                {
                    continue;
                }

                word = text.Substring(start, length);
            }
            else
            {
                word = text.Substring(start, length);
                if (catalog.IsAcceptedWord(word, owner) || (variant = catalog.FindVariant(text, start, length, eligible)) == null)
                {
                    continue;
                }
            }

            if (IsInflection(word, variant.Element.Text))
            {
                continue;
            }

            Report(context, worded, document, scalar, kind, start, length, word, variant);
        }
    }

    /// <summary>An English plural or inflection (Penitentiary, Penitentiaries) is not a transliteration.</summary>
    private static bool IsInflection(string word, string element)
    {
        var a = word.ToLowerInvariant();
        var b = element.ToLowerInvariant();
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (!longer.StartsWith(shorter.Substring(0, Math.Max(1, shorter.Length - 1)), StringComparison.Ordinal))
        {
            return false;
        }

        var rest = longer.Substring(shorter.Length);
        return rest is "s" or "es" or "ed" or "ing" || (shorter.EndsWith("y", StringComparison.Ordinal) && longer.EndsWith("ies", StringComparison.Ordinal));
    }

    private static void Report(CorpusAnalysisContext context, WordedVariants worded, FactDocument document, YamlScalar scalar, TextKind kind, int start, int length, string word, NameVariant variant)
    {
        var element = variant.Element.Text;
        var span = ScalarContent.SpanOf(scalar, document.Text, start, length);
        var canonical = kind is TextKind.Note or TextKind.EntityName && ScalarContent.TryGetValueStart(scalar, document.Text, out _);

        // The message, related places and alias fixes depend only on the word, its variant and the
        // kind of text: a spelling met in thousands of quotes is worded once and shared by them all.
        var shared = worded.Get(variant, word, kind, canonical) ?? worded.Add(variant, word, kind, canonical, Word(variant, word, kind, canonical));
        var fixes = shared.AliasFixes;
        if (canonical)
        {
            // In the writer's own note the corpus's spelling changes nothing but the spelling; an
            // entity's name is how the entity is known, so rewriting it is for a person to confirm.
            var applicability = kind == TextKind.Note ? FixApplicability.Safe : FixApplicability.Unsafe;
            var edit = ScalarEdits.ReplaceInValue(document, scalar, start, length, element);
            // Between two entities' names neither spelling is the corpus's by default (each would be
            // "fixed" to the other's): only the note's fix is preferred.
            fixes = fixes.Insert(0, new CodeFix($"Write '{element}'", applicability, ImmutableArray.Create(edit), "FL4001.use-canonical") { IsPreferred = kind == TextKind.Note });
        }

        context.Report(document, span, shared.Message, shared.Related, fixes);
    }

    private static WordedVariant Word(NameVariant variant, string word, TextKind kind, bool canonical)
    {
        var element = variant.Element.Text;
        var owners = variant.Matches.Take(3).ToList();
        var who = string.Join(" and ", owners.Select(o => $"'{o.Spelling.Canonical}' ({o.Spelling.Entity.Id})"));
        if (variant.Matches.Count > owners.Count)
        {
            who += $" and {variant.Matches.Count - owners.Count} more";
        }

        // The alias goes to the entity the mention most plausibly names: one whose whole name is
        // the varied word (the town 'Vahdat' for 'Vakhdat') before one where it is a part
        // ('Vahdat Penitentiary'). Only an unambiguous owner makes the alias the preferred fix.
        var wholeNameOwners = owners.Where(o => o.Spelling.Name.Text.Length == o.Element.Length).ToList();
        var aliasOwners = wholeNameOwners.Concat(owners.Where(o => !wholeNameOwners.Contains(o))).ToList();
        var first = aliasOwners[0];
        var firstAlias = AliasText(first, word);
        var where = kind switch
        {
            TextKind.Quote => "This quote",
            TextKind.Title => "This title",
            TextKind.Note => "This note",
            _ => "This entity name",
        };

        var advice = kind is TextKind.Quote or TextKind.Title
            ? $"{where} is verbatim, so keep it as the source wrote it, and add '{firstAlias}' to the aliases of {first.Spelling.Entity.Id} so the spelling is known."
            : $"Write '{element}' as the corpus does, or add '{firstAlias}' to the aliases of {first.Spelling.Entity.Id} if this spelling is intended.";
        var message = $"'{word}' looks like another spelling of '{element}' in {who}. {advice}";

        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        var unambiguous = variant.Matches.Count == 1 || wholeNameOwners.Count == 1;
        for (var i = 0; i < aliasOwners.Count; i++)
        {
            var owner = aliasOwners[i];
            var aliasText = AliasText(owner, word);
            if (TryAddAlias(owner.Spelling, aliasText) is FileTextEdit aliasEdit)
            {
                var preferred = kind != TextKind.EntityName && !canonical && unambiguous && i == 0;
                fixes.Add(new CodeFix($"Add '{aliasText}' to the aliases of {owner.Spelling.Entity.Id}", FixApplicability.Unsafe, ImmutableArray.Create(aliasEdit), "FL4001.add-alias") { IsPreferred = preferred });
            }
        }

        var related = ImmutableArray.CreateBuilder<RelatedLocation>();
        foreach (var owner in owners)
        {
            var node = owner.Spelling.Node;
            var elementSpan = ScalarContent.TryGetValueStart(node, owner.Spelling.Document.Text, out var s)
                ? new TextSpan(s + owner.Element.Start, owner.Element.Length)
                : node.Span;
            related.Add(new RelatedLocation(new SourceLocation(owner.Spelling.Document.Path, owner.Spelling.Document.Text, elementSpan), $"spelled '{owner.Element.Text}' in {owner.Spelling.Entity.Id}"));
        }

        return new WordedVariant(message, related.ToImmutable(), fixes.ToImmutable());
    }

    /// <summary>What a finding about one word as one variant says, its related places and its alias fixes.</summary>
    private sealed record WordedVariant(string Message, ImmutableArray<RelatedLocation> Related, ImmutableArray<CodeFix> AliasFixes);

    /// <summary>The worded variants of one pass, by the variant (the catalog hands out one object per word), the word and the kind of text.</summary>
    private sealed class WordedVariants
    {
        private readonly Dictionary<object, List<(string Word, TextKind Kind, bool Canonical, WordedVariant Worded)>> _byVariant = new(ReferenceEqualityComparer.Instance);

        public WordedVariant? Get(NameVariant variant, string word, TextKind kind, bool canonical)
        {
            if (_byVariant.TryGetValue(variant, out var list))
            {
                foreach (var (w, k, c, worded) in list)
                {
                    if (k == kind && c == canonical && string.Equals(w, word, StringComparison.Ordinal))
                    {
                        return worded;
                    }
                }
            }

            return null;
        }

        public WordedVariant Add(NameVariant variant, string word, TextKind kind, bool canonical, WordedVariant worded)
        {
            if (!_byVariant.TryGetValue(variant, out var list))
            {
                _byVariant[variant] = list = new List<(string, TextKind, bool, WordedVariant)>(1);
            }

            list.Add((word, kind, canonical, worded));
            return worded;
        }
    }

    /// <summary>The entity's spelling with the variant word in place of the element it varies: Gulmurod Halimov.</summary>
    private static string AliasText((EntitySpelling Spelling, NameToken Element) owner, string word) =>
        owner.Spelling.Name.Text.Substring(0, owner.Element.Start) + word + owner.Spelling.Name.Text.Substring(owner.Element.End);

    private static FileTextEdit? TryAddAlias(EntitySpelling spelling, string aliasText)
    {
        try
        {
            return YamlEdits.AddListItem(spelling.Document, spelling.Entity.Node, "aliases", YamlScalars.Write(aliasText));
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
