using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamRpc = StreamJsonRpc.JsonRpc;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>
/// The server's JSON-RPC connection: StreamJsonRpc for dispatch, cancellation (<c>$/cancelRequest</c>)
/// and the message envelope, over FactLint's base-protocol framing (<see cref="LspMessageHandler"/>).
/// Handlers run one at a time in arrival order (<see cref="ArrivalOrder"/>); params and results are
/// typed with the source-generated <see cref="JsonSerializerContext"/> of the LSP types only.
/// </summary>
public sealed class JsonRpcConnection : IDisposable
{
    private readonly StreamRpc _rpc;
    private readonly JsonSerializerContext _context;
    private readonly IRpcLog _log;
    private readonly ArrivalOrder _order = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _clientGone;

    // The standalone command is compiled ahead of time (publish.sh), where StreamJsonRpc's formatter
    // and the reflection-based resolver for its own envelope types (a $/cancelRequest's id) are
    // flagged as possibly unsafe. Every LSP type goes through the source-generated context first;
    // test.sh runs the language server's end-to-end suite against that native command, so a
    // member the compiler dropped would fail CI, not an editor.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "See above: checked end to end against the native command.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "See above: checked end to end against the native command.")]
    public JsonRpcConnection(Stream input, Stream output, JsonSerializerContext context, IRpcLog log)
    {
        _context = context;
        _log = log;
        // LSP types come from the generated context; StreamJsonRpc's own (the RequestId of a
        // $/cancelRequest) from the converters it adds, which need a resolver that consults them.
        var options = new JsonSerializerOptions(context.Options) { TypeInfoResolver = JsonTypeInfoResolver.Combine(context, new DefaultJsonTypeInfoResolver()) };
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = options };
        _rpc = new StreamRpc(new LspMessageHandler(input, output, formatter, log));
        _rpc.TraceSource = new TraceSource("FactLint.JsonRpc", SourceLevels.Error);
        _rpc.TraceSource.Listeners.Clear();
        _rpc.TraceSource.Listeners.Add(new RpcTraceLog(log));
        _rpc.CancelLocallyInvokedMethodsWhenConnectionIsClosed = true;
    }

    /// <summary>Decides, when a message's turn comes, whether it may be handled now (the LSP lifecycle); returns the error to answer a request with, or null.</summary>
    public Func<string, bool, JsonRpcError?>? Admit { get; set; }

    public void OnRequest<TParams, TResult>(string method, Func<TParams, CancellationToken, Task<TResult>> handler)
    {
        var info = TypeInfo<TParams>();
        Func<JsonElement, CancellationToken, Task<TResult>> entry = (p, ct) =>
        {
            // Read now: the element belongs to a message StreamJsonRpc releases once this returns.
            var (parameters, problem) = Read(p, info, method);
            return _order.Enqueue(() => AnswerAsync(method, () => problem == null ? handler(parameters!, ct) : throw problem, ct));
        };
        Register(method, entry);
    }

    /// <summary>A request without params (shutdown).</summary>
    public void OnRequest<TResult>(string method, Func<CancellationToken, Task<TResult>> handler)
    {
        Func<CancellationToken, Task<TResult>> entry = ct => _order.Enqueue(() => AnswerAsync(method, () => handler(ct), ct));
        Register(method, entry);
    }

    public void OnNotification<TParams>(string method, Func<TParams, Task> handler)
    {
        var info = TypeInfo<TParams>();
        Func<JsonElement, Task> entry = p =>
        {
            var (parameters, problem) = Read(p, info, method);
            return _order.Enqueue(() => HandleAsync(method, () => problem == null ? handler(parameters!) : throw problem));
        };
        Register(method, entry);
    }

    public void OnNotification(string method, Func<Task> handler)
    {
        Func<Task> entry = () => _order.Enqueue(() => HandleAsync(method, handler));
        Register(method, entry);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Params are LSP types, which the formatter serializes whole through the generated context, not by reflecting over them.")]
    public async Task SendNotificationAsync<TParams>(string method, TParams parameters)
    {
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsClientGone(ex))
        {
            ClientGone(ex);
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Params are LSP types, which the formatter serializes whole through the generated context, not by reflecting over them.")]
    public async Task<TResult?> SendRequestAsync<TParams, TResult>(string method, TParams parameters, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _rpc.InvokeWithParameterObjectAsync<TResult?>(method, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (RemoteInvocationException ex)
        {
            throw new JsonRpcException(ex.ErrorCode, ex.Message);
        }
        catch (Exception ex) when (IsClientGone(ex))
        {
            ClientGone(ex);
            throw new JsonRpcException(ErrorCodes.RequestFailed, $"The client has gone: {ex.Message}");
        }
    }

    /// <summary>Reads and handles messages until the input ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync()
    {
        _rpc.StartListening();
        var ended = await Task.WhenAny(_rpc.Completion, _stopped.Task).ConfigureAwait(false);
        if (ended == _rpc.Completion && _rpc.Completion.IsFaulted)
        {
            _log.Error($"The connection failed: {_rpc.Completion.Exception?.GetBaseException().Message}");
        }
    }

    /// <summary>Ends <see cref="RunAsync"/> after the message being handled (the exit notification).</summary>
    public void Stop() => _stopped.TrySetResult();

    public void Dispose() => _rpc.Dispose();

    private static bool IsClientGone(Exception ex) => ex is ConnectionLostException or ObjectDisposedException or IOException;

    private static LocalRpcException Refusal(int code, string message) => new(message) { ErrorCode = code };

    private static (T? Value, Exception? Problem) Read<T>(JsonElement element, JsonTypeInfo<T> info, string method)
    {
        if (element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return (default, new InvalidParamsException($"The {method} message has no params."));
        }

        try
        {
            var value = element.Deserialize(info);
            return value is null ? (default, new InvalidParamsException($"The params of {method} are null.")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (default, new InvalidParamsException($"The params of {method} do not have the expected shape: {ex.Message}"));
        }
    }

    private void Register(string method, Delegate entry) =>
        _rpc.AddLocalRpcMethod(entry.Method, entry.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private async Task<TResult> AnswerAsync<TResult>(string method, Func<Task<TResult>> handler, CancellationToken cancellationToken)
    {
        if (Admit?.Invoke(method, true) is JsonRpcError refused)
        {
            throw Refusal(refused.Code, refused.Message);
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await handler().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (JsonRpcException ex)
        {
            throw Refusal(ex.Code, ex.Message);
        }
        catch (InvalidParamsException ex)
        {
            throw Refusal(ErrorCodes.InvalidParams, ex.Message);
        }
#pragma warning disable CA1031 // A failing handler answers with InternalError; the server goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _log.Error($"The request {method} failed: {ex}");
            throw Refusal(ErrorCodes.InternalError, $"FactLint failed to handle {method}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<bool> HandleAsync(string method, Func<Task> handler)
    {
        if (Admit?.Invoke(method, false) != null)
        {
            return false;
        }

        try
        {
            await handler().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing notification handler is logged; the server goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _log.Error($"The notification {method} failed: {ex.GetType().Name}: {ex.Message}");
        }

        return true;
    }

    private void ClientGone(Exception ex)
    {
        if (Interlocked.Exchange(ref _clientGone, 1) == 0)
        {
            // Nothing can be told to the client any more: end the session.
            _log.Error($"Cannot write to the client: {ex.Message}");
        }

        Stop();
    }

    private JsonTypeInfo<T> TypeInfo<T>() =>
        _context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered in {_context.GetType().Name}.");
}
