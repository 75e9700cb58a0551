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
    public string RepositoryPath(string path) => RepositoryPath(path, Directory.GetCurrentDirectory());

    /// <summary>
    /// <see cref="RepositoryPath(string)"/> against a current folder the caller read once: a
    /// reporter that names 300,000 places (SARIF of 60,000 findings) asked the system for it each
    /// time, and that was two thirds of its time.
    /// </summary>
    public string RepositoryPath(string path, string currentFolder)
    {
        if (FullPathOf == null)
        {
            return path;
        }

        var relative = Path.GetRelativePath(currentFolder, FullPathOf(path));
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
