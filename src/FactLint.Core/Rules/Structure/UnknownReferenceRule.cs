using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Model;
using FactLint.Syntax;
using FactLint.Text;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Structure;

/// <summary>
/// FL1004 unknown-reference: an id that names nothing in the corpus, or names a record of the
/// wrong kind (a claim's subject that is a source). Offers the closest existing id as an unsafe fix.
/// </summary>
public sealed class UnknownReferenceRule : CorpusRule
{
    /// <summary>Suggestions cost a scan of the candidate ids; past this many misses in one run, stop suggesting.</summary>
    private const int MaxSuggestions = 500;

    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL1004", "unknown-reference", "Reference to an unknown id", RuleCategories.Structure, Severity.Error,
        "A citation's source, a claim's subject or attributed_to, an event's place, relies_on, distinct_from or sum_of names an id that no record of the right kind defines.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Unsafe;

    public override void Analyze(CorpusAnalysisContext context)
    {
        // A file's unknown references depend on it and on the ids, declarations and uses of the
        // others; its findings also on how many suggestions earlier files took from the budget.
        // Both are kept between passes, so a retyped figure re-checks nothing.
        const CorpusAspects reads = CorpusAspects.Ids | CorpusAspects.References;
        var index = context.Index;
        var candidates = new Dictionary<ReferenceTarget, string[]>();
        var suggestionsLeft = MaxSuggestions;
        foreach (var doc in context.Documents)
        {
            var unknown = context.PerDocument(doc, reads, d => UnknownReferences.Of(d, index));
            if (unknown.Problems.Count == 0)
            {
                continue;
            }

            var suggestions = Math.Min(suggestionsLeft, unknown.Problems.Count);
            suggestionsLeft -= suggestions;
            context.Once(doc.Path, reads, new object?[] { doc, suggestions }, () => Report(context, index, candidates, doc, unknown, suggestions));
        }
    }

    private static void Report(CorpusAnalysisContext context, CorpusIndex index, Dictionary<ReferenceTarget, string[]> candidates, FactDocument doc, UnknownReferences unknown, int suggestionsLeft)
    {
        foreach (var (reference, problem) in unknown.Problems)
        {
            string? suggestion = null;
            if (suggestionsLeft > 0)
            {
                suggestionsLeft--;
                if (!candidates.TryGetValue(reference.Target, out var ids))
                {
                    ids = (reference.Target switch
                    {
                        ReferenceTarget.Property => index.PropertyIds(),
                        ReferenceTarget.Source => index.RecordIds(RecordKind.Source),
                        _ => index.RecordIds(RecordKind.Entity),
                    }).Where(IsValidId).ToArray(); // never suggest an id that is itself wrong (FL1002)
                    candidates[reference.Target] = ids;
                }

                suggestion = Spelling.ClosestMatch(reference.Id, ids);
            }

            var fixes = ImmutableArray<CodeFix>.Empty;
            string advice;
            if (suggestion != null)
            {
                advice = $"; did you mean '{suggestion}'?";
                fixes = ImmutableArray.Create(new CodeFix($"Change to '{suggestion}'", FixApplicability.Unsafe, ImmutableArray.Create(ScalarEdits.ReplaceValue(doc, reference.Node, suggestion)), "FL1004.closest") { IsPreferred = true });
            }
            else
            {
                advice = reference.Target == ReferenceTarget.Property
                    ? "; check the spelling, or declare the property under 'properties'."
                    : $"; check the spelling, or add the {Noun(reference.Target == ReferenceTarget.Source ? RecordKind.Source : RecordKind.Entity)} it should name.";
            }

            if (reference.Target == ReferenceTarget.Source && index.Records(reference.Id).Count == 0 && SourceStub(doc, reference.Id) is { } stub)
            {
                fixes = fixes.Add(stub);
            }

            context.Report(doc, reference.Node.Span, problem + advice, fixes: fixes);
        }
    }

    /// <summary>The references of one file that name no record of the right kind, each with what is wrong.</summary>
    private sealed class UnknownReferences
    {
        public List<(IdReference Reference, string Problem)> Problems { get; } = new();

        public static UnknownReferences Of(FactDocument doc, CorpusIndex index)
        {
            var result = new UnknownReferences();
            foreach (var reference in doc.Model.References)
            {
                string? problem;
                if (reference.Target == ReferenceTarget.Property)
                {
                    problem = index.IsKnownProperty(reference.Id) ? null : $"'{reference.Id}' under '{reference.Key}' is not a property declared or used anywhere in the corpus";
                }
                else
                {
                    var defs = index.Records(reference.Id);
                    var wanted = reference.Target == ReferenceTarget.Source ? RecordKind.Source : RecordKind.Entity;
                    if (defs.Count == 0)
                    {
                        problem = $"'{reference.Id}' under '{reference.Key}' is not the id of any {Noun(wanted)} in the corpus";
                    }
                    else if (!AnyOfKind(defs, wanted))
                    {
                        problem = $"'{reference.Id}' under '{reference.Key}' is the id of a {Noun(defs[0].Kind)}, but '{reference.Key}' needs {Article(wanted)} {Noun(wanted)}";
                    }
                    else
                    {
                        problem = null;
                    }
                }

                if (problem != null)
                {
                    result.Problems.Add((reference, problem));
                }
            }

            return result;
        }

        // A loop, not All with a lambda: the lambda captured the kind, a closure per reference.
        private static bool AnyOfKind(IReadOnlyList<IdDefinition> definitions, RecordKind kind)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i].Kind == kind)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A new source record for a cited id, at the end of this file's sources (or a new sources list), for the writer to fill in.</summary>
    private static CodeFix? SourceStub(FactDocument doc, string id)
    {
        var lines = new[] { $"id: {YamlScalars.Write(id)}", "title: \"TODO: the source's title as published\"", "url: \"TODO: https://...\"" };
        FileTextEdit edit;
        if (doc.Tree.Root?.Resolve() is not YamlMapping { IsFlow: false } root)
        {
            return null;
        }

        if (root.TryGetEntry("sources", out var entry))
        {
            if (entry.Value.Resolve() is not YamlSequence { IsFlow: false, Items.Count: > 0 } list)
            {
                return null;
            }

            edit = YamlEdits.AppendItem(doc, list, lines);
        }
        else
        {
            edit = YamlEdits.AppendToFile(doc, "sources:\n  - " + string.Join("\n    ", lines) + "\n");
        }

        // A stub is a placeholder to complete by hand: offered, but applied only when asked for by name.
        return new CodeFix($"Add a stub for source '{id}' to this file", FixApplicability.Unsafe, ImmutableArray.Create(edit), "FL1004.source-stub") { IsPlaceholder = true };
    }

    /// <summary>The spec's id form: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit.</summary>
    private static bool IsValidId(string id) =>
        id.Length > 0 && (id[0] is >= 'a' and <= 'z' or >= '0' and <= '9') && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' or '-');

    private static string Noun(RecordKind kind) => kind switch
    {
        RecordKind.Source => "source",
        RecordKind.Entity => "entity",
        RecordKind.Property => "property",
        _ => "claim",
    };

    private static string Article(RecordKind kind) => kind == RecordKind.Entity ? "an" : "a";
}
