using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace FactLint.Cli.Tests;

/// <summary>
/// The file system as an adversary: pipes, devices, links out of the workspace, dangling links,
/// folders named like fact files, empty folders, huge lines. Every case ends in a clear finding or
/// error within a few seconds — never a hang, a crash or a leak of what a link points at.
/// </summary>
[Collection("cwd")]
public sealed class HostileFileSystemTests
{
    private const string Fact = "factlint: 1\nentities:\n  - {id: riot, type: event, name: Riot}\n";

    private static (int Exit, string Out, string Err) RunWithin(CliRunner cli, params string[] args)
    {
        var run = Task.Run(() => cli.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(5)), $"factlint {string.Join(' ', args)} did not finish within 5 s");
        return run.Result;
    }

    private static void MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void A_named_pipe_named_like_a_fact_file_is_a_finding_and_the_others_are_linted()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        MakeFifo(Path.Combine(cli.Root, "pipe.facts.yaml"));
        var (exit, output, _) = RunWithin(cli, "lint", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("\"file\": \"pipe.facts.yaml\"", output, StringComparison.Ordinal);
        Assert.Contains("This file was not read: it is a named pipe, socket or device, not a regular file", output, StringComparison.Ordinal);
        Assert.Contains("\"files\": 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_as_factlint_yaml_is_a_clear_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        MakeFifo(Path.Combine(cli.Root, "factlint.yaml"));
        var (exit, _, err) = RunWithin(cli, "lint");
        Assert.Equal(2, exit);
        Assert.Contains("Cannot read factlint.yaml: it is a named pipe, socket or device, not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factlint_yaml_that_links_to_dev_zero_is_a_clear_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        File.CreateSymbolicLink(Path.Combine(cli.Root, "factlint.yaml"), "/dev/zero");
        var (exit, _, err) = RunWithin(cli, "lint");
        Assert.Equal(2, exit);
        Assert.Contains("Cannot read factlint.yaml: it is a link to /dev/zero, outside the workspace", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_or_a_device_as_a_configured_schema_is_a_finding_at_its_line()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        cli.Write("factlint.yaml", "schemas:\n  - pipe.schema.json\n  - zero.schema.json\n  - passwd.schema.json\n");
        MakeFifo(Path.Combine(cli.Root, "pipe.schema.json"));
        File.CreateSymbolicLink(Path.Combine(cli.Root, "zero.schema.json"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(cli.Root, "passwd.schema.json"), "/etc/passwd");
        var (exit, output, _) = RunWithin(cli, "lint", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("The schema 'pipe.schema.json' was not read: it is a named pipe, socket or device, not a regular file.", output, StringComparison.Ordinal);
        Assert.Contains("The schema 'zero.schema.json' was not read: it is a link to /dev/zero, outside the workspace", output, StringComparison.Ordinal);
        Assert.Contains("The schema 'passwd.schema.json' was not read: it is a link to /etc/passwd, outside the workspace", output, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_behind_a_folder_link_out_of_the_workspace_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        cli.Write("factlint.yaml", "schemas:\n  - outside/passwd\n");
        Directory.CreateSymbolicLink(Path.Combine(cli.Root, "outside"), "/etc");
        var (_, output, _) = RunWithin(cli, "lint", "--format", "json");
        Assert.Contains("The schema 'outside/passwd' was not read: 'outside' on its path is a link to /etc, outside the workspace", output, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_file_that_links_to_dev_zero_is_refused_before_reading()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        File.CreateSymbolicLink(Path.Combine(cli.Root, "zero.facts.yaml"), "/dev/zero");
        // Refused by what it is, before a byte is read (the message says so); reading it would never end.
        var (exit, output, _) = RunWithin(cli, "lint", "zero.facts.yaml", "good.facts.yaml", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("This file was not read: it is a link to /dev/zero, outside the workspace", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_as_an_archive_is_reported_as_not_locatable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", "factlint: 1\nsources:\n  - {id: s, title: T, archive: archive/s.txt}\nentities:\n  - {id: riot, type: event, name: Riot}\nclaims:\n  - {id: c, subject: riot, property: killed, value: 3, sources: [{source: s, quote: \"3 dead\"}]}\n");
        Directory.CreateDirectory(Path.Combine(cli.Root, "archive"));
        MakeFifo(Path.Combine(cli.Root, "archive", "s.txt"));
        var (exit, output, _) = RunWithin(cli, "lint", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("FL2002", output, StringComparison.Ordinal);
        Assert.Contains("not a regular file", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_links_and_folders_named_like_fact_files_are_reported_not_skipped_silently()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        File.CreateSymbolicLink(Path.Combine(cli.Root, "gone.facts.yaml"), Path.Combine(cli.Root, "nowhere.yaml"));
        Directory.CreateDirectory(Path.Combine(cli.Root, "odd.facts.yaml"));
        var (exit, _, err) = RunWithin(cli, "lint");
        Assert.Equal(0, exit);
        Assert.Contains("gone.facts.yaml was not read: it is a link whose target does not exist", err, StringComparison.Ordinal);
        Assert.Contains("odd.facts.yaml was not read: it is a folder named like a fact file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_or_a_folder_without_fact_files_does_not_pass_green()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.Root, "empty"));
        var (exit, output, err) = RunWithin(cli, "lint", "empty");
        Assert.Equal(2, exit);
        Assert.DoesNotContain("No problems", output, StringComparison.Ordinal);
        Assert.Contains("no fact files found in 'empty'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_named_as_one()
    {
        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        var (exit, _, err) = RunWithin(cli, "lint", "--bogus");
        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--bogus'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_output_format_is_named_as_one()
    {
        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        var (exit, _, err) = RunWithin(cli, "lint", "--output", "csv:x");
        Assert.Equal(2, exit);
        Assert.Contains("'csv' is not an output format; use one of text, json, sarif, github, junit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_factlint_yaml_counts_as_a_file_in_the_summary()
    {
        using var cli = new CliRunner();
        cli.Write("good.facts.yaml", Fact);
        cli.Write("factlint.yaml", "rules: [not, a, mapping\n");
        var (_, output, _) = RunWithin(cli, "lint");
        Assert.Contains("in 1 of 2 files", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_on_a_two_megabyte_line_prints_a_bounded_report()
    {
        using var cli = new CliRunner();
        var huge = new string('x', 2 * 1024 * 1024);
        cli.Write("a.facts.yaml", "factlint: 1\nentities:\n  - {id: riot, type: event, name: Riot, bogus: " + huge + "}\n");
        var (exit, output, _) = RunWithin(cli, "lint");
        Assert.Equal(1, exit);
        Assert.True(output.Length < 20_000, $"the report is {output.Length} characters long");
    }
}
