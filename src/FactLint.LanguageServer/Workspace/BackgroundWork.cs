using System;
using System.Threading.Tasks;

namespace FactLint.LanguageServer.Workspace;

/// <summary>
/// Work the server starts and does not wait for (a corpus pass, indexing, the analysis after a
/// didChange): a failure is written to stderr — the client's log channel for a stdio server —
/// instead of vanishing as an unobserved task exception.
/// </summary>
public static class BackgroundWork
{
    public static void Observe(Task task, string what) =>
        task.ContinueWith(
            t => Console.Error.WriteLine($"FactLint: {what} failed: {t.Exception?.GetBaseException()}"),
            default,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
