using System;
using System.IO;
using FactLint.Workspace;
using Spectre.Console;

namespace FactLint.Cli.Output;

/// <summary>
/// A progress bar on stderr while a corpus is read, parsed and checked — only on a terminal, so
/// that logs and pipes never receive control codes; it clears itself when the run is done.
/// </summary>
public sealed class ProgressReporter : ILoadProgress
{
    private readonly ProgressContext _context;
    private ProgressTask? _parsing;
    private ProgressTask? _checking;

    private ProgressReporter(ProgressContext context) => _context = context;

    /// <summary>Runs <paramref name="work"/> with a progress bar when <paramref name="enabled"/>, else with none.</summary>
    public static T Run<T>(bool enabled, Func<ProgressReporter?, T> work)
    {
        if (!enabled)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => work(new ProgressReporter(context)));
    }

    /// <summary>On by default only when stderr is a terminal and the output is not for a machine.</summary>
    public static bool EnabledByDefault() =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public void Discovered(int files)
    {
        _parsing = _context.AddTask("Reading and parsing", maxValue: Math.Max(1, files));
    }

    public void Parsed(string path) => _parsing?.Increment(1);

    public void Checking(int files)
    {
        if (_parsing != null)
        {
            _parsing.Value = _parsing.MaxValue;
        }

        _checking = _context.AddTask($"Checking {files} files", maxValue: 1);
        _checking.IsIndeterminate = true;
    }
}
