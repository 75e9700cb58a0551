using System;
using System.Threading;
using System.Threading.Tasks;

namespace FactLint.LanguageServer.Workspace;

/// <summary>
/// The one lock on the session's state. Messages are already handled one at a time; the gate
/// keeps background work (indexing, corpus passes) from touching the state while a message is
/// being handled, and waiters enter in the order they asked.
/// </summary>
public sealed class AsyncGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Releaser : IDisposable
    {
        private SemaphoreSlim? _semaphore;

        public Releaser(SemaphoreSlim semaphore) => _semaphore = semaphore;

        public void Dispose() => Interlocked.Exchange(ref _semaphore, null)?.Release();
    }
}
