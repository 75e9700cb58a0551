using System;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Archives;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Sourcing;

/// <summary>
/// FL2002 source-not-locatable: a source needs a web address or a saved copy that a reader can
/// open; an archive must be a file inside the workspace (never an absolute path, a path climbing
/// out with "..", or a link leading out — those are not read at all).
/// </summary>
public sealed class SourceNotLocatableRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL2002", "source-not-locatable", "Source cannot be located", RuleCategories.Sourcing, Severity.Warning,
        "A source has neither 'url' nor 'archive', its url is not a web address, or its archive is missing, unreadable, or outside the workspace.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override void Analyze(CorpusAnalysisContext context)
    {
        // A source's findings read its own file and the archives, nothing of other files.
        context.ForEachDocument(CorpusAspects.Archives, doc =>
        {
            // After a syntax error a record may have lost its url to the broken text (an unclosed
            // quote swallows the lines after it): FL1001 comes first, "no url" would mislead.
            var damaged = doc.IsBroken || doc.Tree.Errors.Length > 0;
            foreach (var source in doc.Model.Sources)
            {
                var url = source.Url?.Value;
                var archive = source.Archive?.Value;
                if (string.IsNullOrWhiteSpace(url) && string.IsNullOrWhiteSpace(archive))
                {
                    if (damaged)
                    {
                        continue;
                    }

                    context.Report(doc, source.IdNode.Span, $"The source '{source.Id}' has neither 'url' nor 'archive', so no reader can find it; add the address it was published at, or the path of a saved copy.");
                    continue;
                }

                if (!string.IsNullOrWhiteSpace(url) && !IsWebAddress(url!))
                {
                    context.Report(doc, source.Url!.Span, $"'{url}' is not a web address; write the full address starting with https:// (or http://).");
                }

                if (source.Archive == null || string.IsNullOrWhiteSpace(archive))
                {
                    continue;
                }

                var lookup = ArchivePaths.Open(context.Archives, doc.Path, archive!);
                var problem = lookup.Status switch
                {
                    ArchiveStatus.Absolute => $"The archive path '{archive}' is absolute; write it relative to this file, inside the workspace, so that it works on every machine. It was not read.",
                    ArchiveStatus.OutsideWorkspace => $"The archive path '{archive}' leads outside the workspace; keep archived copies inside it. It was not read.",
                    ArchiveStatus.LinkOutside => $"The archive '{lookup.Path}' is reached through a link that leads outside the workspace ({lookup.Detail}); copy the file into the workspace. It was not read.",
                    ArchiveStatus.Missing => $"The archive '{lookup.Path}' does not exist{Detail(lookup)}; save the source's text there, or correct the path (it is relative to this file).",
                    ArchiveStatus.NotAFile => $"The archive '{archive}' is not a file{Detail(lookup)}; point it at the saved text of the source.",
                    ArchiveStatus.Unreadable => $"The archive '{lookup.Path}' cannot be read{Detail(lookup)}; check its permissions.",
                    ArchiveStatus.NotText => $"The archive '{lookup.Path}' cannot be used to check quotes{Detail(lookup)}; save the source as plain UTF-8 text.",
                    _ => null,
                };

                if (problem != null)
                {
                    context.Report(doc, source.Archive.Span, problem);
                }
            }
        });
    }

    private static string Detail(ArchiveLookup lookup) => lookup.Detail == null ? string.Empty : $" ({lookup.Detail})";

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http") && uri.Host.Length > 0;
}
