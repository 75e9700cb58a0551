using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Diagnostics;
using FactLint.LanguageServer.Protocol.Types;
using LspDiagnostic = FactLint.LanguageServer.Protocol.Types.Diagnostic;

namespace FactLint.LanguageServer.Workspace;

/// <summary>Engine findings as LSP diagnostics: exact ranges, the rule id linking to its page, related places, and FL9001 shown faded.</summary>
public static class LspDiagnostics
{
    public const string Source = "factlint";

    public static LspDiagnostic Convert(FactLint.Diagnostics.Diagnostic d, Func<string, string> uriOf)
    {
        var help = d.Descriptor.HelpLinkUri;
        return new LspDiagnostic
        {
            Range = TextChanges.ToRange(d.Location.Text, d.Location.Span),
            Severity = ToLsp(d.Severity),
            Code = d.Id,
            CodeDescription = string.IsNullOrEmpty(help) ? null : new CodeDescription { Href = help },
            Source = Source,
            Message = d.Message,
            Tags = d.Id == FactLint.Rules.Suppressions.UnusedSuppressionRule.Definition.Id ? new List<DiagnosticTag> { DiagnosticTag.Unnecessary } : null,
            RelatedInformation = d.Related.IsEmpty
                ? null
                : d.Related.Select(r => new DiagnosticRelatedInformation
                {
                    Location = new Location { Uri = uriOf(r.Location.Path), Range = TextChanges.ToRange(r.Location.Text, r.Location.Span) },
                    Message = r.Message,
                }).ToList(),
        };
    }

    public static DiagnosticSeverity ToLsp(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Information,
        _ => DiagnosticSeverity.Hint,
    };

    /// <summary>A cheap identity of a file's findings, to skip publishing what the client already shows.</summary>
    public static long Fingerprint(IReadOnlyList<FactLint.Diagnostics.Diagnostic> diagnostics)
    {
        var hash = new HashCode();
        hash.Add(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            hash.Add(d.Id, StringComparer.Ordinal);
            hash.Add(d.Severity);
            hash.Add(d.Location.Span);
            hash.Add(d.Message, StringComparer.Ordinal);
            hash.Add(d.Related.Length);
            foreach (var r in d.Related)
            {
                hash.Add(r.Location.Path, StringComparer.Ordinal);
                hash.Add(r.Location.Span);
            }
        }

        return hash.ToHashCode();
    }
}
