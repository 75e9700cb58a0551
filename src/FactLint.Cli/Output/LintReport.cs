using System;
using System.Collections.Generic;
using System.IO;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Cli.Output;

/// <summary>
/// What a lint run reports: the findings (already filtered to the requested paths), how many
/// files were linted, the texts fix edits refer to, and where each workspace-relative path is on disk.
/// </summary>
public sealed record LintReport(IReadOnlyList<Diagnostic> Diagnostics, int FileCount, Func<string, SourceText?> TextOf, Func<string, string>? FullPathOf = null)
{
    /// <summary>
    /// The path as CI tools expect it: relative to the current folder (the repository root in a
    /// GitHub Actions job), with forward slashes. GitHub annotations and code scanning resolve
    /// paths against the repository, not against FactLint's workspace root.
    /// </summary>
    public string RepositoryPath(string path)
    {
        if (FullPathOf == null)
        {
            return path;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), FullPathOf(path));
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
