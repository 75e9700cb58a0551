using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Analyzers.Reporting;
using FactLint.Corpus;
using FactLint.Fixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analyzers.CodeFixes;

/// <summary>
/// Offers the engine's fixes (the same ones as <c>factlint fix</c> and the editor's quick fixes)
/// on FL diagnostics in fact files, which the IDE holds as additional documents. The fixes travel
/// in the diagnostic's properties; a fix is offered only while every text it edits still reads
/// as it did when the diagnostic was computed, so a stale fix can never land on changed text.
/// </summary>
[ExportCodeFixProvider(
    LanguageNames.CSharp,
    LanguageNames.VisualBasic,
    Name = nameof(FactFileCodeFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) },
    DocumentExtensions = new[] { ".yaml", ".yml" })]
public sealed class FactFileCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = BuildDescriptors.All.Select(d => d.Id).ToImmutableArray();

    // Fixes of one finding may touch other files (a claim and its source), which the batch fixer
    // does not merge; `factlint fix` is the way to apply them all at once.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var solution = context.TextDocument.Project.Solution;
        var current = await context.TextDocument.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!diagnostic.Properties.TryGetValue(FixProperties.AnchorKey, out var anchor) || span.End > current.Length || !string.Equals(current.ToString(span), anchor, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var fix in FixProperties.Read(diagnostic.Properties))
            {
                var changes = await ChangesAsync(context.TextDocument, fix, context.CancellationToken).ConfigureAwait(false);
                if (changes == null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, _ => Task.FromResult(Apply(solution, changes)), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The new text of every document the fix edits; null when a document is missing or has changed since the diagnostic.</summary>
    private static async Task<Dictionary<DocumentId, SourceText>?> ChangesAsync(TextDocument origin, CarriedFix fix, CancellationToken cancellationToken)
    {
        var result = new Dictionary<DocumentId, SourceText>();
        var checks = new List<(FactDocument Before, SourceText After)>();
        foreach (var group in fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal))
        {
            var document = Find(origin, group.Key);
            if (document == null)
            {
                return null;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = new List<TextChange>();
            foreach (var edit in group)
            {
                if (edit.Span.End > text.Length || !string.Equals(text.ToString(edit.Span), edit.OldText, StringComparison.Ordinal))
                {
                    return null;
                }

                changes.Add(new TextChange(edit.Span, edit.NewText));
            }

            result[document.Id] = text.WithChanges(changes);
            checks.Add((FactDocument.FromText(group.Key, text), result[document.Id]));
        }

        // The engine's guard, as before 'factlint fix' writes and the editor offers a fix: a fix
        // that would break an edited file (a syntax error, a schema violation) is not offered.
        return FixVerifier.Check(checks, new AnalysisOptions { Parallel = false }) == null ? result : null;
    }

    private static TextDocument? Find(TextDocument origin, string path)
    {
        if (string.Equals(origin.FilePath, path, StringComparison.Ordinal))
        {
            return origin;
        }

        return origin.Project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, path, StringComparison.Ordinal));
    }

    private static Solution Apply(Solution solution, Dictionary<DocumentId, SourceText> changes)
    {
        foreach (var (id, text) in changes.Select(p => (p.Key, p.Value)))
        {
            solution = solution.WithAdditionalDocumentText(id, text, PreservationMode.PreserveIdentity);
        }

        return solution;
    }
}
