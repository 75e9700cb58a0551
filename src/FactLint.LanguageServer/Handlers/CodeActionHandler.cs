using System;
using System.Collections.Generic;
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
                foreach (var fix in d.Fixes)
                {
                    actions.Add(new CodeAction
                    {
                        Title = fix.Applicability == FixApplicability.Safe ? fix.Title : fix.Title + " (review the change)",
                        Kind = CodeActionKind.QuickFix,
                        Diagnostics = new List<Protocol.Types.Diagnostic> { lsp },
                        IsPreferred = fix.IsSafe ? true : null,
                        Edit = EditOf(project, fix.Edits),
                    });
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
                    Edits = new List<TextEdit> { new() { Range = new Protocol.Types.Range(new Position(0, 0), new Position(0, 0)), NewText = ConfigEdits.NewFileWithSeverity(ruleId, severity) } },
                },
            },
        };
    }

    /// <summary>
    /// Applies the file's safe fixes round after round, as <c>factlint fix</c> does, and returns the
    /// change as one minimal edit. The first round uses every current finding; later rounds rerun
    /// the per-file rules on the fixed text (corpus rules would take the whole workspace each round).
    /// </summary>
    private CodeAction? FixAll(FactProject project, FactDocument doc, OpenDocument? open)
    {
        var options = project.Options;
        var findings = project.DiagnosticsOf(doc.Path);
        var text = doc.Text;
        var applied = 0;
        for (var round = 0; round < FixLoop.MaxRounds; round++)
        {
            var fixes = findings.SelectMany(d => d.Fixes).Where(f => f.IsSafe && f.Edits.All(e => e.Path == doc.Path)).ToList();
            var (next, taken) = TextEditApplier.Apply(text, doc.Path, fixes);
            if (taken.Count == 0 || next.ContentEquals(text))
            {
                break;
            }

            applied += taken.Count;
            text = next;
            var fixedDoc = FactDocument.FromText(doc.Path, text);
            findings = new List<FactLint.Diagnostics.Diagnostic>();
            CorpusAnalyzer.Finish(fixedDoc, CorpusAnalyzer.AnalyzeFile(fixedDoc, options), options, findings);
        }

        if (applied == 0)
        {
            return null;
        }

        var changed = new ChangedText(doc.Text, text);
        var result = (Applied: applied, Changed: changed);
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
            Title = $"Fix all safely fixable FactLint findings in this file ({result.Applied})",
            Kind = CodeActionKind.SourceFixAllFactLint,
            Edit = WorkspaceEdits.Create(new[] { (open?.Uri ?? _session.UriOf(project, doc.Path), open?.Version, new List<TextEdit> { edit }) }, DocumentChanges),
        };
    }
}
