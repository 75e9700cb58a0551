using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Fixes;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Suppressions;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.LanguageServer.Handlers;

/// <summary>
/// The light bulb: every engine fix of the findings under the cursor, then "suppress on this
/// line / in this file" and "configure severity" (which edit factlint.yaml); and
/// <c>source.fixAll.factlint</c>, which applies the safe fixes of the file until it is stable.
/// Every edit names the document version it was computed for, so a client refuses a stale one.
/// </summary>
public sealed class CodeActionHandler
{
    private static readonly string[] SeverityChoices = { "error", "warning", "info", "hint", "off" };

    private readonly WorkspaceSession _session;
    private readonly Func<ClientCapabilities> _capabilities;

    public CodeActionHandler(WorkspaceSession session, Func<ClientCapabilities> capabilities)
    {
        _session = session;
        _capabilities = capabilities;
    }

    private bool DocumentChanges => _capabilities().Workspace?.WorkspaceEdit?.DocumentChanges == true;

    private bool CanAnnotate => DocumentChanges && _capabilities().Workspace?.WorkspaceEdit?.ChangeAnnotationSupport != null;

    private bool ShowsDisabled => _capabilities().TextDocument?.CodeAction?.DisabledSupport == true;

    private bool CanCreateFiles => DocumentChanges && _capabilities().Workspace?.WorkspaceEdit?.ResourceOperations?.Contains("create") == true;

    public async Task<List<CodeAction>> CodeActionsAsync(CodeActionParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (open, project, doc) = _session.Current(p.TextDocument.Uri);
            var actions = new List<CodeAction>();
            if (doc == null)
            {
                return actions;
            }

            var only = p.Context.Only;
            // Fix-all is a source action: computed only when asked for by kind (on save, or the Source Action menu), never for every light bulb.
            if (only != null && only.Exists(o => CodeActionKind.SourceFixAllFactLint == o || CodeActionKind.SourceFixAllFactLint.StartsWith(o + ".", StringComparison.Ordinal)))
            {
                var fixAll = FixAll(project, doc, open);
                if (fixAll != null)
                {
                    actions.Add(fixAll);
                }
            }

            if (!Wants(only, CodeActionKind.QuickFix))
            {
                return actions;
            }

            var range = TextChanges.ToSpan(doc.Text, p.Range);
            var findings = project.DiagnosticsOf(doc.Path)
                .Where(d => d.Location.Span.IntersectsWith(range) || d.Location.Span.Start == range.Start || (range.Length == 0 && IdLocator.Touches(d.Location.Span, range.Start)))
                .ToList();
            var suppressions = new List<CodeAction>();
            var configure = new List<CodeAction>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in findings)
            {
                var lsp = LspDiagnostics.Convert(d, path => _session.UriOf(project, path));
                var preferred = FixChoice.PreferredOf(d);
                foreach (var fix in d.Fixes)
                {
                    if (FixAction(project, doc, d, fix, ReferenceEquals(fix, preferred), lsp) is CodeAction action)
                    {
                        actions.Add(action);
                    }
                }

                if (!seen.Add(d.Id))
                {
                    continue;
                }

                if (SuppressionEdits.OnLine(doc, d.Id, d.Location.Span.Start) is FileTextEdit onLine)
                {
                    suppressions.Add(Action($"Suppress {d.Id} on this line", lsp, EditOf(project, new[] { onLine })));
                }

                suppressions.Add(Action($"Suppress {d.Id} in this file", lsp, EditOf(project, new[] { SuppressionEdits.InFile(doc, d.Id) })));
                var current = d.Severity.ToName();
                foreach (var choice in SeverityChoices.Where(c => c != current))
                {
                    if (ConfigureEdit(project, d.Id, choice) is WorkspaceEdit edit)
                    {
                        configure.Add(Action($"Configure {d.Id} as '{choice}' in factlint.yaml", lsp, edit));
                    }
                }
            }

            actions.AddRange(suppressions);
            actions.AddRange(configure);
            return actions;
        }
    }

    /// <summary>
    /// One engine fix as a quick fix, resolved by the engine's one applier and checked by its guard
    /// first: a fix that would damage a file is not offered (shown greyed out with the reason where
    /// the client can). A fix that is not safe is annotated for review, so the client previews it
    /// before applying; where the client cannot preview, a fix that is not safe and edits another
    /// file is not offered at all — it would be written there unseen.
    /// </summary>
    private CodeAction? FixAction(FactProject project, FactDocument doc, FactLint.Diagnostics.Diagnostic finding, CodeFix fix, bool preferred, Protocol.Types.Diagnostic lsp)
    {
        var review = !fix.IsSafe;
        var title = review ? fix.Title + " (review the change)" : fix.Title;
        var files = FixApplier.Resolve(fix, p => project.Corpus[p]?.Text);
        // The documents' current findings are the project's: only the fixed text is analysed.
        var withheld = files == null ? "its edits no longer fit the file" : FixVerifier.Check(files, p => project.Corpus[p], project.Options, d => project.DiagnosticsOf(d.Path));
        if (withheld == null && review && !CanAnnotate && fix.Edits.Any(e => e.Path != doc.Path))
        {
            withheld = "it edits another file and this editor cannot show the change for review first; apply it with 'factlint fix --unsafe-fixes --select " + fix.EquivalenceKey + "'";
        }

        if (withheld != null)
        {
            return ShowsDisabled
                ? new CodeAction { Title = title, Kind = CodeActionKind.QuickFix, Diagnostics = new List<Protocol.Types.Diagnostic> { lsp }, Disabled = new CodeActionDisabled { Reason = "Not offered: " + withheld } }
                : null;
        }

        var annotation = review && CanAnnotate
            ? new ChangeAnnotation { Label = fix.Title, NeedsConfirmation = true, Description = $"{finding.Id}: {(fix.Applicability == FixApplicability.Unsafe ? "this fix may change what the file says" : "a choice between sources")}; check it before applying." }
            : null;
        return new CodeAction
        {
            Title = title,
            Kind = CodeActionKind.QuickFix,
            Diagnostics = new List<Protocol.Types.Diagnostic> { lsp },
            IsPreferred = preferred && fix.IsSafe ? true : null,
            Edit = EditOf(project, files!, annotation),
        };
    }

    private WorkspaceEdit EditOf(FactProject project, IReadOnlyList<FileChanges> files, ChangeAnnotation? annotation)
    {
        var edits = files.Select(f =>
        {
            var open = _session.OpenDocumentOf(project, f.Path);
            return (_session.UriOf(project, f.Path), open?.Version, f.Changes.Select(c => new TextEdit { Range = TextChanges.ToRange(f.Before, c.Span), NewText = c.NewText ?? string.Empty }).ToList());
        });
        return WorkspaceEdits.Create(edits, DocumentChanges, annotation);
    }

    private static bool Wants(List<string>? only, string kind) =>
        only == null || only.Count == 0 || only.Exists(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static CodeAction Action(string title, Protocol.Types.Diagnostic diagnostic, WorkspaceEdit edit) => new()
    {
        Title = title,
        Kind = CodeActionKind.QuickFix,
        Diagnostics = new List<Protocol.Types.Diagnostic> { diagnostic },
        Edit = edit,
    };

    private WorkspaceEdit EditOf(FactProject project, IEnumerable<FileTextEdit> edits)
    {
        var files = edits.GroupBy(e => e.Path, StringComparer.Ordinal).Select(g =>
        {
            var text = project.Corpus[g.Key]?.Text ?? (g.Key == ConfigLoader.FileName ? project.ConfigText : null) ?? SourceText.From(string.Empty);
            var open = _session.OpenDocumentOf(project, g.Key);
            return (_session.UriOf(project, g.Key), open?.Version, g.OrderBy(e => e.Span.Start).Select(e => new TextEdit { Range = TextChanges.ToRange(text, e.Span), NewText = e.NewText }).ToList());
        });
        return WorkspaceEdits.Create(files, DocumentChanges);
    }

    private WorkspaceEdit? ConfigureEdit(FactProject project, string ruleId, string severity)
    {
        if (project.Root == null)
        {
            return null;
        }

        if (project.ConfigText is SourceText config)
        {
            return EditOf(project, new[] { ConfigEdits.SetSeverity(config, ruleId, severity) });
        }

        if (!CanCreateFiles)
        {
            return null;
        }

        var uri = _session.UriOf(project, ConfigLoader.FileName);
        return new WorkspaceEdit
        {
            DocumentChanges = new List<object>
            {
                new CreateFile { Uri = uri, Options = new CreateFileOptions { IgnoreIfExists = true } },
                new TextDocumentEdit
                {
                    TextDocument = new OptionalVersionedTextDocumentIdentifier { Uri = uri, Version = null },
                    Edits = new List<object> { new TextEdit { Range = new Protocol.Types.Range(new Position(0, 0), new Position(0, 0)), NewText = ConfigEdits.NewFileWithSeverity(ruleId, severity) } },
                },
            },
        };
    }

    /// <summary>
    /// Applies the file's safe fixes round after round with the engine's fix loop, as
    /// <c>factlint fix</c> does (one fix per finding, each round verified), and returns the change
    /// as one minimal edit. The first round uses every current finding; later rounds rerun the
    /// per-file rules on the fixed text (corpus rules would take the whole workspace each round).
    /// </summary>
    private CodeAction? FixAll(FactProject project, FactDocument doc, OpenDocument? open)
    {
        var options = project.Options;
        var first = true;
        AnalysisResult Analyze(FactCorpus corpus)
        {
            var findings = new List<FactLint.Diagnostics.Diagnostic>();
            if (first)
            {
                first = false;
                findings.AddRange(project.DiagnosticsOf(doc.Path));
            }
            else
            {
                var current = corpus[doc.Path]!;
                findings.AddRange(AnalysisSession.FileOnly(current, options));
            }

            return new AnalysisResult(findings.ToImmutableArray(), 1, new RuleTimes());
        }

        var result = FixLoop.Run(new FactCorpus(new[] { doc }), Analyze, FixPolicy.Safe, p => p == doc.Path);
        var applied = result.Applied.Count;
        if (applied == 0 || !result.Changed.TryGetValue(doc.Path, out var changed))
        {
            return null;
        }

        var before = changed.Before.ToString();
        var after = changed.After.ToString();
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        var span = TextSpan.FromBounds(prefix, before.Length - suffix);
        var edit = new TextEdit { Range = TextChanges.ToRange(doc.Text, span), NewText = after.Substring(prefix, after.Length - suffix - prefix) };
        return new CodeAction
        {
            Title = $"Fix all safely fixable FactLint findings in this file ({applied})",
            Kind = CodeActionKind.SourceFixAllFactLint,
            Edit = WorkspaceEdits.Create(new[] { (open?.Uri ?? _session.UriOf(project, doc.Path), open?.Version, new List<TextEdit> { edit }) }, DocumentChanges),
        };
    }
}
