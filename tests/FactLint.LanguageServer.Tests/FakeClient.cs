using System.Collections.Concurrent;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;

namespace FactLint.LanguageServer.Tests;

/// <summary>Records what the session tells the client.</summary>
internal sealed class FakeClient : IClientChannel
{
    public ConcurrentDictionary<string, PublishDiagnosticsParams> Published { get; } = new();

    public ConcurrentQueue<string> Log { get; } = new();

    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics)
    {
        Published[diagnostics.Uri] = diagnostics;
        return Task.CompletedTask;
    }

    public Task LogAsync(MessageType type, string message)
    {
        Log.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task<IProgressReporter> BeginProgressAsync(string title, string? message) => Task.FromResult<IProgressReporter>(new NoProgress());

    public Task RefreshCodeLensAsync() => Task.CompletedTask;

    private sealed class NoProgress : IProgressReporter
    {
        public Task ReportAsync(string message, int percentage) => Task.CompletedTask;

        public Task EndAsync(string message) => Task.CompletedTask;
    }
}
