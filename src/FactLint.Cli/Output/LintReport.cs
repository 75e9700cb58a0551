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
    /// The folder CI tools resolve paths against (the repository root in a GitHub Actions job),
    /// read once when the report is made: reporters name a place 300,000 times in a long report
    /// (SARIF of 60,000 findings), and asking the system each time was two thirds of SARIF's time.
    /// </summary>
    public string CurrentFolder { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// The path as CI tools expect it: relative to <see cref="CurrentFolder"/>, with forward
    /// slashes. GitHub annotations and code scanning resolve paths against the repository, not
    /// against FactLint's workspace root.
    /// </summary>
    public string RepositoryPath(string path)
    {
        if (FullPathOf == null)
        {
            return path;
        }

        var relative = Path.GetRelativePath(CurrentFolder, FullPathOf(path));
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
