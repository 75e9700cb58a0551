using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol;
using FactLint.LanguageServer.Protocol.JsonRpc;
using FactLint.LanguageServer.Protocol.Types;

namespace FactLint.LanguageServer.Tests;

/// <summary>The JSON-RPC connection over in-memory pipes: the races and reuses a real client can produce.</summary>
public sealed class JsonRpcConnectionTests
{
    private sealed class Log : IRpcLog
    {
        public ConcurrentQueue<string> Errors { get; } = new();

        public void Error(string message) => Errors.Enqueue(message);

        public void Warning(string message) => Errors.Enqueue(message);
    }

    private sealed class Harness : IAsyncDisposable
    {
        private readonly Pipe _toServer = new();
        private readonly Pipe _fromServer = new();
        private readonly Task _running;
        private readonly StreamReader _output;

        public Harness(Action<JsonRpcConnection> register)
        {
            Connection = new JsonRpcConnection(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream(), LspJsonContext.Default, Log);
            register(Connection);
            _running = Connection.RunAsync();
            _output = new StreamReader(_fromServer.Reader.AsStream(), Encoding.UTF8);
        }

        public JsonRpcConnection Connection { get; }

        public Log Log { get; } = new();

        public async Task SendAsync(string json)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            await _toServer.Writer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
            await _toServer.Writer.WriteAsync(bytes);
        }

        /// <summary>The next message the server wrote.</summary>
        public async Task<JsonElement> ReceiveAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var length = 0;
            while (true)
            {
                var line = await _output.ReadLineAsync(timeout.Token);
                Assert.NotNull(line);
                if (line!.Length == 0)
                {
                    break;
                }

                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var buffer = new char[length];
            var read = 0;
            while (read < length)
            {
                read += await _output.ReadAsync(buffer.AsMemory(read, length - read), timeout.Token);
            }

            return JsonDocument.Parse(new string(buffer, 0, read)).RootElement.Clone();
        }

        public async ValueTask DisposeAsync()
        {
            await _toServer.Writer.CompleteAsync();
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
            Connection.Dispose();
        }
    }

    [Fact]
    public async Task A_request_reusing_the_id_of_one_in_progress_is_refused_and_the_first_still_answers()
    {
        var release = new TaskCompletionSource();
        await using var h = new Harness(c => c.OnRequest<HoverParams, Hover?>("textDocument/hover", async (_, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return new Hover { Contents = new MarkupContent { Value = "first" } };
        }));
        var hover = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///a\"},\"position\":{\"line\":0,\"character\":0}}}";
        await h.SendAsync(hover);
        await h.SendAsync(hover);
        var refusal = await h.ReceiveAsync();
        Assert.Equal(7, refusal.GetProperty("id").GetInt32());
        Assert.Equal(ErrorCodes.InvalidRequest, refusal.GetProperty("error").GetProperty("code").GetInt32());
        release.SetResult();
        var answer = await h.ReceiveAsync();
        Assert.Equal("first", answer.GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Cancelling_a_request_as_it_finishes_never_stops_the_connection()
    {
        await using var h = new Harness(c => c.OnRequest<HoverParams, Hover?>("textDocument/hover", (_, _) => Task.FromResult<Hover?>(new Hover { Contents = new MarkupContent { Value = "ok" } })));
        for (var i = 0; i < 300; i++)
        {
            await h.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{i},\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{{\"uri\":\"file:///a\"}},\"position\":{{\"line\":0,\"character\":0}}}}}}");
            await h.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{{\"id\":{i}}}}}");
        }

        // Every request is answered exactly once (a result or RequestCancelled); JSON-RPC does not
        // order responses, and a cancellation can overtake the answer before it.
        var answered = new List<int>();
        for (var i = 0; i < 300; i++)
        {
            answered.Add((await h.ReceiveAsync()).GetProperty("id").GetInt32());
        }

        Assert.Equal(Enumerable.Range(0, 300), answered.OrderBy(id => id));

        // Still reading after every race: one more request is answered.
        await h.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":\"last\",\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///a\"},\"position\":{\"line\":0,\"character\":0}}}");
        Assert.Equal("last", (await h.ReceiveAsync()).GetProperty("id").GetString());
        Assert.DoesNotContain(h.Log.Errors, e => e.Contains("failed", StringComparison.Ordinal));
    }

    private const string Hover = "{\"jsonrpc\":\"2.0\",\"id\":ID,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///a\"},\"position\":{\"line\":0,\"character\":0}}}";

    private static Harness Answering(string text) =>
        new(c => c.OnRequest<HoverParams, Hover?>("textDocument/hover", (_, _) => Task.FromResult<Hover?>(new Hover { Contents = new MarkupContent { Value = text } })));

    [Theory]
    [InlineData("{not json", ErrorCodes.ParseError)]
    [InlineData("[1,2]", ErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"textDocument/hover\"}", ErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3}", ErrorCodes.InvalidRequest)]
    public async Task A_body_that_is_not_a_message_is_answered_with_an_error_and_reading_goes_on(string body, int code)
    {
        // StreamJsonRpc's own handler would end the connection here; an editor's server must not.
        await using var h = Answering("still here");
        await h.SendAsync(body);
        var refusal = await h.ReceiveAsync();
        Assert.Equal(code, refusal.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("2.0", refusal.GetProperty("jsonrpc").GetString());
        Assert.True(refusal.TryGetProperty("id", out _), "an error reply always carries an id, null when none could be read");
        await h.SendAsync(Hover.Replace("ID", "1", StringComparison.Ordinal));
        Assert.Equal("still here", (await h.ReceiveAsync()).GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Handlers_run_to_their_end_in_arrival_order()
    {
        var order = new ConcurrentQueue<string>();
        await using var h = new Harness(c =>
        {
            c.OnNotification<DidCloseTextDocumentParams>("textDocument/didClose", async p =>
            {
                await Task.Delay(200);
                order.Enqueue("close " + p.TextDocument.Uri);
            });
            c.OnRequest<HoverParams, Hover?>("textDocument/hover", (p, _) =>
            {
                order.Enqueue("hover");
                return Task.FromResult<Hover?>(null);
            });
        });
        await h.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"file:///a\"}}}");
        await h.SendAsync(Hover.Replace("ID", "1", StringComparison.Ordinal));
        await h.ReceiveAsync();
        Assert.Equal(new[] { "close file:///a", "hover" }, order.ToArray());
    }

    [Fact]
    public async Task A_request_cancelled_while_waiting_its_turn_answers_RequestCancelled()
    {
        var release = new TaskCompletionSource();
        await using var h = new Harness(c =>
        {
            c.OnNotification<DidCloseTextDocumentParams>("textDocument/didClose", _ => release.Task);
            c.OnRequest<HoverParams, Hover?>("textDocument/hover", (_, _) => Task.FromResult<Hover?>(null));
        });
        await h.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"file:///a\"}}}");
        await h.SendAsync(Hover.Replace("ID", "5", StringComparison.Ordinal));
        await h.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":5}}");
        // The cancellation is read while didClose still holds the queue; give it ample time to land.
        await Task.Delay(500);
        release.SetResult();
        var reply = await h.ReceiveAsync();
        Assert.Equal(5, reply.GetProperty("id").GetInt32());
        Assert.Equal(ErrorCodes.RequestCancelled, reply.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_failing_handler_answers_InternalError_without_a_stack_trace_and_the_next_request_is_answered()
    {
        var calls = 0;
        await using var h = new Harness(c => c.OnRequest<HoverParams, Hover?>("textDocument/hover", (_, _) =>
            Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("boom") : Task.FromResult<Hover?>(null)));
        await h.SendAsync(Hover.Replace("ID", "1", StringComparison.Ordinal));
        var failure = await h.ReceiveAsync();
        var error = failure.GetProperty("error");
        Assert.Equal(ErrorCodes.InternalError, error.GetProperty("code").GetInt32());
        Assert.Contains("boom", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(error.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "no stack trace goes to the client");
        Assert.Contains(h.Log.Errors, e => e.Contains("boom", StringComparison.Ordinal));
        await h.SendAsync(Hover.Replace("ID", "2", StringComparison.Ordinal));
        Assert.Equal(2, (await h.ReceiveAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Params_of_the_wrong_shape_answer_InvalidParams()
    {
        await using var h = Answering("x");
        await h.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":{\"position\":{\"line\":\"zero\"}}}");
        Assert.Equal(ErrorCodes.InvalidParams, (await h.ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());
    }
}
