using System;
using System.Threading;
using System.Threading.Tasks;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>
/// Runs handlers one at a time in the order their messages arrived, each to its end before the next
/// starts: a didChange is applied before the hover that follows it. StreamJsonRpc starts handlers in
/// arrival order but lets the next one start as soon as one awaits; handlers enqueue here instead.
/// </summary>
internal sealed class ArrivalOrder
{
    private readonly object _lock = new();
    private Task _tail = Task.CompletedTask;

    public Task<T> Enqueue<T>(Func<Task<T>> work)
    {
        lock (_lock)
        {
            var task = RunAfterAsync(_tail, work);
            // The next handler waits for this one to end, however it ends.
            _tail = task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return task;
        }
    }

    private static async Task<T> RunAfterAsync<T>(Task previous, Func<Task<T>> work)
    {
        await previous.ConfigureAwait(false);
        return await work().ConfigureAwait(false);
    }
}
