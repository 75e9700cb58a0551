using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>
/// The guard a host runs before it offers one fix (the language server's light bulb): every file
/// the fix edits is re-parsed with the fix applied and its per-file rules rerun; a fix that would
/// add a structural finding or an error is not offered. Corpus-wide consequences are checked by
/// <see cref="FixLoop"/> before <c>factlint fix</c> writes anything.
/// </summary>
public static class FixVerifier
{
    /// <summary>
    /// The check on fixes a host has already resolved (the language server, which also sends them):
    /// <paramref name="findingsBefore"/> gives a document's current findings where the host holds
    /// them, so only the fixed text is analysed.
    /// </summary>
    /// <returns>Null when the fix does no damage to the files it edits, else why it is withheld.</returns>
    public static string? Check(IReadOnlyList<FileChanges> files, Func<string, FactDocument?> documentOf, AnalysisOptions options, Func<FactDocument, IReadOnlyList<Diagnostic>> findingsBefore)
    {
        foreach (var file in files)
        {
            var before = documentOf(file.Path);
            if (before == null)
            {
                return "its edits no longer fit the file";
            }

            if (Check(before, file.After, options, findingsBefore(before)) is string withheld)
            {
                return withheld;
            }
        }

        return null;
    }

    /// <summary>The same check for a host that holds the texts itself (the Roslyn code fix): each edited file before, and its text after.</summary>
    public static string? Check(IEnumerable<(FactDocument Before, SourceText After)> files, AnalysisOptions options)
    {
        foreach (var (before, afterText) in files)
        {
            if (Check(before, afterText, options, before.IsBroken ? Array.Empty<Diagnostic>() : PerFile(before, options)) is string withheld)
            {
                return withheld;
            }
        }

        return null;
    }

    private static string? Check(FactDocument before, SourceText afterText, AnalysisOptions options, IReadOnlyList<Diagnostic> findingsBefore)
    {
        if (before.IsBroken)
        {
            return $"{before.Path} has a YAML syntax error; correct it first";
        }

        var damage = new FixDamage(findingsBefore).FirstNew(PerFile(FactDocument.FromText(before.Path, afterText), options));
        return damage == null ? null : FixDamage.Describe(damage);
    }

    private static List<Diagnostic> PerFile(FactDocument document, AnalysisOptions options)
    {
        return AnalysisSession.FileOnly(document, options);
    }
}
