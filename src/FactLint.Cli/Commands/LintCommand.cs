using System;
using System.IO;
using System.Linq;
using FactLint.Cli.Baselines;
using FactLint.Cli.Output;
using FactLint.Diagnostics;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint lint [PATH...]</c>: each path is linted within its workspace (the nearest folder
/// with a factlint.yaml), so that references to other files resolve; only findings in files under
/// the given paths are reported — on the terminal in one format and, with <c>--output</c>, in
/// others to files.
/// </summary>
public static class LintCommand
{
    public static int Run(LintOptions options, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        Baseline? baseline = null;
        if (options.BaselinePath != null)
        {
            baseline = BaselineFile.Load(options.BaselinePath, stderr);
            if (baseline == null)
            {
                return ExitCodes.UsageError;
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = options.Progress ?? ProgressReporter.EnabledByDefault();
        var run = ProgressReporter.Run(progress, reporter => LintRun.Execute(options.Paths, stderr, reporter, !options.NoCache, options.OwnsProcess));
        if (run == null)
        {
            return ExitCodes.UsageError;
        }

        var report = run.Report;
        if (baseline != null)
        {
            var fresh = baseline.New(report.Diagnostics);
            stderr.WriteLine($"factlint: {report.Diagnostics.Count - fresh.Count} findings are in the baseline {options.BaselinePath} and not reported.");
            report = report with { Diagnostics = fresh };
        }

        clock.Restart();
        foreach (var output in options.Outputs)
        {
            try
            {
                ReportWriter.ToFile(output.Format, output.Path, report, options.FailOn);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factlint: error: cannot write '{output.Path}': {ex.Message}");
                return ExitCodes.UsageError;
            }
        }

        ReportWriter.ToStdout(options.Format, report, options.FailOn, new Ansi(options.Color ?? Ansi.ByDefault()), stdout, openStdout);
        if (options.Timings)
        {
            TimingsReport.Write(stderr, run.Phases.Append(("report", clock.Elapsed)).ToList(), run.RuleTimes, run.HeldCollectionBytes);
        }

        run.Complete();
        return report.Diagnostics.Any(d => d.Severity >= options.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
