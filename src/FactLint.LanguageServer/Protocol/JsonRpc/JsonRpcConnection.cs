using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>
/// JSON-RPC 2.0 over base-protocol frames. A reader task takes frames off the input; responses and
/// <c>$/cancelRequest</c> are handled at once, while requests and notifications are handed to the
/// registered handlers one at a time, in arrival order (so a didChange is applied before the hover
/// that follows it). Typed with source-generated <see cref="JsonSerializerContext"/> metadata only.
/// </summary>
public sealed class JsonRpcConnection : IDisposable
{
    public const string CancelRequestMethod = "$/cancelRequest";

    private readonly FrameReader _reader;
    private readonly FrameWriter _writer;
    private readonly JsonSerializerContext _context;
    private readonly IRpcLog _log;
    private readonly Dictionary<string, Func<JsonElement?, CancellationToken, Task<ReplyBody>>> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<JsonElement?, Task>> _notifications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<RequestId, CancellationTokenSource> _incoming = new();
    private readonly ConcurrentDictionary<RequestId, TaskCompletionSource<JsonElement?>> _outgoing = new();
    private readonly Channel<Incoming> _queue = Channel.CreateUnbounded<Incoming>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private long _nextId;

    public JsonRpcConnection(Stream input, Stream output, JsonSerializerContext context, IRpcLog log)
    {
        _reader = new FrameReader(PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024)));
        _writer = new FrameWriter(output);
        _context = context;
        _log = log;
    }

    /// <summary>Decides, before a handler runs, whether a message may be handled now (the LSP lifecycle); returns the error to answer a request with, or null.</summary>
    public Func<string, bool, JsonRpcError?>? Admit { get; set; }

    public void OnRequest<TParams, TResult>(string method, Func<TParams, CancellationToken, Task<TResult>> handler)
    {
        var paramsInfo = TypeInfo<TParams>();
        var resultInfo = TypeInfo<TResult>();
        _requests[method] = async (p, ct) =>
        {
            var result = await handler(Deserialize(p, paramsInfo, method), ct).ConfigureAwait(false);
            return ReplyBody.Of(result, resultInfo);
        };
    }

    /// <summary>A request without params (shutdown).</summary>
    public void OnRequest<TResult>(string method, Func<CancellationToken, Task<TResult>> handler)
    {
        var resultInfo = TypeInfo<TResult>();
        _requests[method] = async (_, ct) => ReplyBody.Of(await handler(ct).ConfigureAwait(false), resultInfo);
    }

    public void OnNotification<TParams>(string method, Func<TParams, Task> handler)
    {
        var paramsInfo = TypeInfo<TParams>();
        _notifications[method] = p => handler(Deserialize(p, paramsInfo, method));
    }

    public void OnNotification(string method, Func<Task> handler) => _notifications[method] = _ => handler();

    public Task SendNotificationAsync<TParams>(string method, TParams parameters) =>
        WriteAsync(w =>
        {
            w.WriteString("method", method);
            w.WritePropertyName("params");
            JsonSerializer.Serialize(w, parameters, TypeInfo<TParams>());
        });

    public async Task<TResult?> SendRequestAsync<TParams, TResult>(string method, TParams parameters, CancellationToken cancellationToken = default)
    {
        var id = new RequestId(Interlocked.Increment(ref _nextId));
        var pending = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _outgoing[id] = pending;
        using var registration = cancellationToken.Register(() => pending.TrySetCanceled(cancellationToken));
        await WriteAsync(w =>
        {
            w.WritePropertyName("id");
            id.WriteTo(w);
            w.WriteString("method", method);
            if (parameters is not null)
            {
                w.WritePropertyName("params");
                JsonSerializer.Serialize(w, parameters, TypeInfo<TParams>());
            }
        }).ConfigureAwait(false);
        try
        {
            var result = await pending.Task.ConfigureAwait(false);
            return result is JsonElement e && e.ValueKind != JsonValueKind.Null ? e.Deserialize(TypeInfo<TResult>()) : default;
        }
        finally
        {
            _outgoing.TryRemove(id, out _);
        }
    }

    /// <summary>Reads and handles messages until the input ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync()
    {
        var reading = Task.Run(ReadLoopAsync);
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                await HandleAsync(message).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }

        foreach (var pending in _outgoing.Values)
        {
            pending.TrySetCanceled();
        }

        await Task.WhenAny(reading, Task.Delay(100)).ConfigureAwait(false);
    }

    /// <summary>Ends <see cref="RunAsync"/> after the message being handled (the exit notification).</summary>
    public void Stop()
    {
        _stop.Cancel();
        _queue.Writer.TryComplete();
    }

    public void Dispose()
    {
        _stop.Dispose();
        _writer.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var frame = await _reader.ReadAsync(_stop.Token).ConfigureAwait(false);
                if (frame == null)
                {
                    break;
                }

                if (frame.Problem != null)
                {
                    _log.Error(frame.Problem);
                    continue;
                }

                await DispatchAsync(frame.Body!).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (IOException ex)
        {
            _log.Error($"The input stream failed: {ex.Message}");
        }
#pragma warning disable CA1031 // The read loop must end cleanly whatever happens, never as an unobserved faulted task.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _log.Error($"Reading messages failed: {ex}");
        }
        finally
        {
            // Input closed: the client is gone. Finish what is queued, then RunAsync returns.
            _queue.Writer.TryComplete();
        }
    }

    private async Task DispatchAsync(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException ex)
        {
            _log.Error($"A message body is not JSON ({ex.Message}); answered with ParseError.");
            await ReplyErrorAsync(null, new JsonRpcError(ErrorCodes.ParseError, $"The message is not valid JSON: {ex.Message}")).ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                await ReplyErrorAsync(null, new JsonRpcError(ErrorCodes.InvalidRequest, "A JSON-RPC message must be a JSON object (batches are not used by LSP).")).ConfigureAwait(false);
                return;
            }

            RequestId? id = root.TryGetProperty("id", out var idElement) && RequestId.TryRead(idElement, out var parsed) ? parsed : null;
            var hasMethod = root.TryGetProperty("method", out var methodElement) && methodElement.ValueKind == JsonValueKind.String;
            if (!hasMethod)
            {
                if (id is RequestId responseId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
                {
                    CompleteOutgoing(responseId, root);
                    return;
                }

                await ReplyErrorAsync(id, new JsonRpcError(ErrorCodes.InvalidRequest, "The message has no 'method' and is not a response.")).ConfigureAwait(false);
                return;
            }

            var method = methodElement.GetString()!;
            JsonElement? parameters = root.TryGetProperty("params", out var p) ? p.Clone() : null;
            if (method == CancelRequestMethod)
            {
                if (parameters is JsonElement cp && cp.ValueKind == JsonValueKind.Object && cp.TryGetProperty("id", out var cancelId)
                    && RequestId.TryRead(cancelId, out var target) && _incoming.TryGetValue(target, out var cts))
                {
                    try
                    {
                        cts.Cancel();
                    }
                    catch (ObjectDisposedException)
                    {
                        // The request finished while the cancellation was on its way: nothing to cancel.
                    }
                }

                return;
            }

            if (id is RequestId requestId)
            {
                if (!_incoming.TryAdd(requestId, new CancellationTokenSource()))
                {
                    // Answering would be ambiguous, and the first request's cancellation would reach this one.
                    _log.Error($"A request reused the id {requestId} of one still being handled; it was refused.");
                    await ReplyErrorAsync(requestId, new JsonRpcError(ErrorCodes.InvalidRequest, $"The id {requestId} belongs to a request still being handled; use a new id.")).ConfigureAwait(false);
                    return;
                }
            }
            else if (root.TryGetProperty("id", out _))
            {
                await ReplyErrorAsync(null, new JsonRpcError(ErrorCodes.InvalidRequest, "A request id must be an integer or a string.")).ConfigureAwait(false);
                return;
            }

            await _queue.Writer.WriteAsync(new Incoming(id, method, parameters)).ConfigureAwait(false);
        }
    }

    private void CompleteOutgoing(RequestId id, JsonElement root)
    {
        if (!_outgoing.TryGetValue(id, out var pending))
        {
            return;
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : "unknown error";
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var ci) ? ci : ErrorCodes.InternalError;
            pending.TrySetException(new JsonRpcException(code, message ?? "unknown error"));
        }
        else
        {
            pending.TrySetResult(root.TryGetProperty("result", out var r) ? r.Clone() : null);
        }
    }

    private async Task HandleAsync(Incoming message)
    {
        if (message.Id is not RequestId id)
        {
            await HandleNotificationAsync(message).ConfigureAwait(false);
            return;
        }

        var cts = _incoming.TryGetValue(id, out var source) ? source : new CancellationTokenSource();
        try
        {
            if (Admit?.Invoke(message.Method, true) is JsonRpcError refused)
            {
                await ReplyErrorAsync(id, refused).ConfigureAwait(false);
                return;
            }

            if (!_requests.TryGetValue(message.Method, out var handler))
            {
                await ReplyErrorAsync(id, new JsonRpcError(ErrorCodes.MethodNotFound, $"FactLint does not handle the request '{message.Method}'.")).ConfigureAwait(false);
                return;
            }

            ReplyBody reply;
            try
            {
                cts.Token.ThrowIfCancellationRequested();
                reply = await handler(message.Params, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                await ReplyErrorAsync(id, new JsonRpcError(ErrorCodes.RequestCancelled, "The request was cancelled.")).ConfigureAwait(false);
                return;
            }
            catch (JsonRpcException ex)
            {
                await ReplyErrorAsync(id, new JsonRpcError(ex.Code, ex.Message)).ConfigureAwait(false);
                return;
            }
            catch (InvalidParamsException ex)
            {
                await ReplyErrorAsync(id, new JsonRpcError(ErrorCodes.InvalidParams, ex.Message)).ConfigureAwait(false);
                return;
            }
#pragma warning disable CA1031 // A failing handler answers with InternalError; the server goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _log.Error($"The request {message.Method} failed: {ex}");
                await ReplyErrorAsync(id, new JsonRpcError(ErrorCodes.InternalError, $"FactLint failed to handle {message.Method}: {ex.GetType().Name}: {ex.Message}")).ConfigureAwait(false);
                return;
            }

            await WriteAsync(w =>
            {
                w.WritePropertyName("id");
                id.WriteTo(w);
                w.WritePropertyName("result");
                reply.Write(w);
            }).ConfigureAwait(false);
        }
        finally
        {
            // Remove this request's own source only (a later request may reuse the id once it is done).
            _incoming.TryRemove(new KeyValuePair<RequestId, CancellationTokenSource>(id, cts));
            cts.Dispose();
        }
    }

    private async Task HandleNotificationAsync(Incoming message)
    {
        if (Admit?.Invoke(message.Method, false) != null)
        {
            return;
        }

        if (!_notifications.TryGetValue(message.Method, out var handler))
        {
            if (!message.Method.StartsWith("$/", StringComparison.Ordinal))
            {
                _log.Warning($"Ignored the notification '{message.Method}': FactLint does not handle it.");
            }

            return;
        }

        try
        {
            await handler(message.Params).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing notification handler is logged; the server goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _log.Error($"The notification {message.Method} failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private Task ReplyErrorAsync(RequestId? id, JsonRpcError error) =>
        WriteAsync(w =>
        {
            w.WritePropertyName("id");
            if (id is RequestId known)
            {
                known.WriteTo(w);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WritePropertyName("error");
            w.WriteStartObject();
            w.WriteNumber("code", error.Code);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        });

    private async Task WriteAsync(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            body(writer);
            writer.WriteEndObject();
        }

        try
        {
            await _writer.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The client has gone: nothing can be told to it any more; end the session.
            _log.Error($"Cannot write to the client: {ex.Message}");
            Stop();
        }
    }

    private JsonTypeInfo<T> TypeInfo<T>() =>
        _context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered in {_context.GetType().Name}.");

    private static T Deserialize<T>(JsonElement? element, JsonTypeInfo<T> info, string method)
    {
        if (element is not JsonElement e || e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            throw new InvalidParamsException($"The {method} message has no params.");
        }

        try
        {
            return e.Deserialize(info) ?? throw new InvalidParamsException($"The params of {method} are null.");
        }
        catch (JsonException ex)
        {
            throw new InvalidParamsException($"The params of {method} do not have the expected shape: {ex.Message}");
        }
    }

    private sealed record Incoming(RequestId? Id, string Method, JsonElement? Params);

    /// <summary>A handler's result and the metadata to write it with, so that writing stays free of reflection.</summary>
    private sealed class ReplyBody
    {
        private readonly Action<Utf8JsonWriter> _write;

        private ReplyBody(Action<Utf8JsonWriter> write) => _write = write;

        public static ReplyBody Of<T>(T value, JsonTypeInfo<T> info) => new(w =>
        {
            if (value is null)
            {
                w.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(w, value, info);
            }
        });

        public void Write(Utf8JsonWriter writer) => _write(writer);
    }
}
