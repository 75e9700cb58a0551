using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol;
using FactLint.LanguageServer.Protocol.JsonRpc;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;

namespace FactLint.LanguageServer;

/// <summary>The workspace's messages to the client, sent over the JSON-RPC connection within what the client said it supports.</summary>
internal sealed class ClientChannel : IClientChannel
{
    private readonly JsonRpcConnection _connection;
    private readonly Func<ClientCapabilities> _capabilities;
    private int _progress;

    public ClientChannel(JsonRpcConnection connection, Func<ClientCapabilities> capabilities)
    {
        _connection = connection;
        _capabilities = capabilities;
    }

    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics) =>
        _connection.SendNotificationAsync(LspMethods.PublishDiagnostics, diagnostics);

    public Task LogAsync(MessageType type, string message) =>
        _connection.SendNotificationAsync(LspMethods.LogMessage, new LogMessageParams { Type = type, Message = message });

    public async Task<IProgressReporter> BeginProgressAsync(string title, string? message)
    {
        if (_capabilities().Window?.WorkDoneProgress != true)
        {
            return NoProgress.Instance;
        }

        var token = "factlint/" + Interlocked.Increment(ref _progress).ToString(CultureInfo.InvariantCulture);
        try
        {
            await _connection.SendRequestAsync<WorkDoneProgressCreateParams, object>(LspMethods.WorkDoneProgressCreate, new WorkDoneProgressCreateParams { Token = token }).ConfigureAwait(false);
        }
        catch (JsonRpcException)
        {
            return NoProgress.Instance;
        }

        await _connection.SendNotificationAsync(LspMethods.Progress, new ProgressParams<WorkDoneProgressBegin> { Token = token, Value = new WorkDoneProgressBegin { Title = title, Message = message, Percentage = 0 } }).ConfigureAwait(false);
        return new Reporter(_connection, token);
    }

    public async Task RefreshCodeLensAsync()
    {
        if (_capabilities().Workspace?.CodeLens?.RefreshSupport == true)
        {
            try
            {
                await _connection.SendRequestAsync<object?, object>(LspMethods.CodeLensRefresh, null).ConfigureAwait(false);
            }
            catch (JsonRpcException)
            {
                // A client that cannot refresh asks again on its own.
            }
        }
    }

    private sealed class Reporter : IProgressReporter
    {
        private readonly JsonRpcConnection _connection;
        private readonly string _token;

        public Reporter(JsonRpcConnection connection, string token)
        {
            _connection = connection;
            _token = token;
        }

        public Task ReportAsync(string message, int percentage) =>
            _connection.SendNotificationAsync(LspMethods.Progress, new ProgressParams<WorkDoneProgressReport> { Token = _token, Value = new WorkDoneProgressReport { Message = message, Percentage = Math.Clamp(percentage, 0, 100) } });

        public Task EndAsync(string message) =>
            _connection.SendNotificationAsync(LspMethods.Progress, new ProgressParams<WorkDoneProgressEnd> { Token = _token, Value = new WorkDoneProgressEnd { Message = message } });
    }

    private sealed class NoProgress : IProgressReporter
    {
        public static readonly NoProgress Instance = new();

        public Task ReportAsync(string message, int percentage) => Task.CompletedTask;

        public Task EndAsync(string message) => Task.CompletedTask;
    }
}
