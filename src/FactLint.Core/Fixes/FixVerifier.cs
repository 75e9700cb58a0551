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
    /// <returns>Null when the fix does no damage to the files it edits, else why it is withheld.</returns>
    public static string? Check(CodeFix fix, Func<string, FactDocument?> documentOf, AnalysisOptions options)
    {
        var files = FixApplier.Resolve(fix, p => documentOf(p)?.Text);
        if (files == null)
        {
            return "its edits no longer fit the file";
        }

        return Check(files.Select(f => (documentOf(f.Path)!, f.After)), options);
    }

    /// <summary>The same check for a host that holds the texts itself (the Roslyn code fix): each edited file before, and its text after.</summary>
    public static string? Check(IEnumerable<(FactDocument Before, SourceText After)> files, AnalysisOptions options)
    {
        foreach (var (before, afterText) in files)
        {
            if (before.IsBroken)
            {
                return $"{before.Path} has a YAML syntax error; correct it first";
            }

            var after = FactDocument.FromText(before.Path, afterText);
            var damage = new FixDamage(PerFile(before, options)).FirstNew(PerFile(after, options));
            if (damage != null)
            {
                return FixDamage.Describe(damage);
            }
        }

        return null;
    }

    private static List<Diagnostic> PerFile(FactDocument document, AnalysisOptions options)
    {
        return AnalysisSession.FileOnly(document, options);
    }
}
