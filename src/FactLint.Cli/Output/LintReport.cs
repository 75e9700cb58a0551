using System;
using System.Collections.Generic;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Cli.Output;

/// <summary>What a lint run reports: the findings (already filtered to the requested paths), how many files were linted, and the texts fix edits refer to.</summary>
public sealed record LintReport(IReadOnlyList<Diagnostic> Diagnostics, int FileCount, Func<string, SourceText?> TextOf);
