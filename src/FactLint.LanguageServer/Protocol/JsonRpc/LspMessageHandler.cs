using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.IO;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using ErrorMessage = StreamJsonRpc.Protocol.JsonRpcError;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>
/// StreamJsonRpc's message handler for the LSP base protocol, over <see cref="FrameReader"/> and
/// <see cref="FrameWriter"/>. StreamJsonRpc's own <c>HeaderDelimitedMessageHandler</c> ends the
/// connection on the first bad header or body; an editor's server must instead answer the sender
/// and read on. So: a refused header is logged and skipped (with its body), a body that is not a
/// JSON-RPC message is answered with ParseError or InvalidRequest, and a request that reuses the
/// id of one still in progress is refused here, before StreamJsonRpc would confuse the two.
/// </summary>
internal sealed class LspMessageHandler : MessageHandlerBase
{
    private readonly FrameReader _frames;
    private readonly FrameWriter _writer;
    private readonly IRpcLog _log;

    /// <summary>Ids of the requests read and not yet answered.</summary>
    private readonly ConcurrentDictionary<RequestId, byte> _inProgress = new();

    /// <summary>Our own refusals of a reused id: writing one must not end the original request's tracking.</summary>
    private readonly ConditionalWeakTable<JsonRpcMessage, object> _refusals = new();

    public LspMessageHandler(Stream input, Stream output, IJsonRpcMessageFormatter formatter, IRpcLog log)
        : base(formatter)
    {
        _frames = new FrameReader(PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024)));
        _writer = new FrameWriter(output);
        _log = log;
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await _frames.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (frame == null)
            {
                return null;
            }

            if (frame.Problem != null)
            {
                _log.Error(frame.Problem);
                continue;
            }

            JsonRpcMessage message;
            try
            {
                message = Formatter.Deserialize(new ReadOnlySequence<byte>(frame.Body!));
            }
#pragma warning disable CA1031 // Whatever the formatter throws on, the answer is an error reply, and reading goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var (id, code, text) = UnreadableMessage.Explain(frame.Body!, ex);
                _log.Error($"Refused a message: {text}");
                await ReplyErrorAsync(id, code, text, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (message is JsonRpcRequest { IsResponseExpected: true } request && !_inProgress.TryAdd(request.RequestId, 0))
            {
                // Answering would be ambiguous, and a cancellation of the first would reach this one.
                var text = $"The id {request.RequestId} belongs to a request still being handled; use a new id.";
                _log.Error($"A request reused the id {request.RequestId} of one still being handled; it was refused.");
                await ReplyErrorAsync(request.RequestId, ErrorCodes.InvalidRequest, text, cancellationToken, refusal: true).ConfigureAwait(false);
                continue;
            }

            return message;
        }
    }

    protected override async ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is JsonRpcResult or ErrorMessage && content is IJsonRpcMessageWithId answered && !_refusals.TryGetValue(content, out _))
        {
            _inProgress.TryRemove(answered.RequestId, out _);
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        Formatter.Serialize(buffer, content);
        await _writer.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    protected override ValueTask FlushAsync(CancellationToken cancellationToken) => default;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task ReplyErrorAsync(RequestId id, int code, string text, CancellationToken cancellationToken, bool refusal = false)
    {
        var reply = new ErrorMessage
        {
            RequestId = id,
            Error = new ErrorMessage.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = text },
        };
        if (refusal)
        {
            _refusals.Add(reply, reply);
        }

        try
        {
            await WriteAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _log.Error($"Cannot write to the client: {ex.Message}");
        }
    }
}
