using System;
using System.Diagnostics;
using System.IO;
using System.Runtime;
using FactLint.Cli.Commands;

namespace FactLint.Cli.Tests;

/// <summary>
/// The command line, as a process of its own, holds off the collector for a corpus whose run fits
/// a bounded budget; a run inside another process (these tests, a server) never does, and holding
/// off changes nothing in the report.
/// </summary>
[Collection("cwd")] // The runner changes the current folder: these tests must not run in parallel.
public sealed class CollectionHoldTests
{
    private const long MB = 1L << 20;
    private const string Fact = "factlint: 1\nsources:\n  - id: s1\n    title: T\n    url: https://x.org\nclaims:\n  - subject: nobody\n    property: p\n    value: 1\n    sources: [{source: s1}]\n";

    [Fact]
    public void The_budget_grows_with_the_fact_files_and_stops_where_a_run_would_pass_1_GB()
    {
        var plenty = 64L * 1024 * MB;
        Assert.Equal(64 * MB, CollectionHold.Budget(0, plenty));
        Assert.Equal((64 * MB) + (64 * 8_400_000L), CollectionHold.Budget(8_400_000, plenty));
        Assert.Equal(768 * MB, CollectionHold.Budget(11 * MB, plenty));
        Assert.Null(CollectionHold.Budget((11 * MB) + 1, plenty));
        Assert.Null(CollectionHold.Budget(17 * MB, plenty));
    }

    [Fact]
    public void A_machine_with_little_memory_collects_as_usual()
    {
        Assert.Null(CollectionHold.Budget(100_000, 200 * MB));
        Assert.NotNull(CollectionHold.Budget(100_000, 300 * MB));
    }

    [Fact]
    public void A_run_inside_another_process_never_holds_off_its_collector()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Fact);
        var (_, _, err) = cli.Run("lint", "--format", "json", "--timings", "--no-cache");
        Assert.DoesNotContain("held off", err, StringComparison.Ordinal);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void The_command_as_its_own_process_holds_off_its_collector_and_reports_the_same()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Fact);
        var (exit, output, _) = cli.Run("lint", "--format", "json", "--no-cache");

        var dll = Path.Combine(AppContext.BaseDirectory, "factlint.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = cli.Root };
        foreach (var arg in new[] { dll, "lint", "--format", "json", "--no-cache", "--timings" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "factlint did not finish within a minute");
        Assert.Contains("collections held off for the first 64 MB allocated", stderr, StringComparison.Ordinal);
        Assert.Equal(exit, process.ExitCode);
        Assert.Equal(output, stdout.Result);
    }
}
