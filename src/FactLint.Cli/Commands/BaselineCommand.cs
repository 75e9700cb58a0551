using System;
using System.IO;
using FactLint.Cli.Baselines;
using FactLint.Cli.Files;
using FactLint.Cli.Output;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint baseline [PATH...] [--output FILE]</c>: records today's findings so that
/// <c>lint --baseline FILE</c> reports only new ones. The default file is factlint-baseline.json
/// at the root of the (first) workspace.
/// </summary>
public static class BaselineCommand
{
    public static int Run(System.Collections.Generic.IReadOnlyList<string> paths, string? output, TextWriter stdout, TextWriter stderr)
    {
        var targets = LintTargets.Resolve(paths, stderr);
        if (targets == null)
        {
            return ExitCodes.UsageError;
        }

        var run = LintRun.Execute(targets, stderr);
        if (run == null)
        {
            return ExitCodes.UsageError;
        }

        run.Complete();
        var file = output ?? Path.Combine(targets.Workspaces[0].Root, Baseline.DefaultFileName);
        using var buffer = new MemoryStream();
        Baseline.Write(buffer, run.Report.Diagnostics);
        try
        {
            AtomicFile.WriteAllBytes(file, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factlint: error: cannot write '{file}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        stdout.WriteLine($"Wrote {run.Report.Diagnostics.Count} findings to {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}. Run 'factlint lint --baseline {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}' to report only new ones.");
        return ExitCodes.Clean;
    }
}
