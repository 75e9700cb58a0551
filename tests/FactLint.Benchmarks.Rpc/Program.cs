// FactLint's JSON-RPC connection (StreamJsonRpc 2.26 over FactLint's base-protocol framing, with
// handlers run in arrival order) against StreamJsonRpc 2.26 as it comes (HeaderDelimitedMessageHandler):
// LSP base-protocol framing, System.Text.Json with FactLint's source-generated LSP types, one
// request at a time from the same raw client, over in-memory pipes (no process, no disk) so that
// only the RPC layers differ. Each answer carries a 2 KB hover (the size of a claim-group table).
//   dotnet run -c Release -- [REQUESTS]
using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using FactLint.LanguageServer.Protocol;
using FactLint.LanguageServer.Protocol.JsonRpc;
using FactLint.LanguageServer.Protocol.Types;
using StreamJsonRpc;

var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20000;
var table = string.Concat(Enumerable.Repeat("| ▶ | 21 | The Diplomat, 2018-11 | 2018-11-08 | preferred |\n", 30));
Hover Answer(HoverParams p) => new() { Contents = new MarkupContent { Value = $"{p.TextDocument.Uri}:{p.Position.Line}\n{table}" } };

foreach (var round in new[] { "warm-up", "measured" })
{
    var ours = await MeasureAsync("FactLint JsonRpcConnection (StreamJsonRpc, LspMessageHandler, ArrivalOrder)", (input, output) =>
    {
        var connection = new JsonRpcConnection(input, output, LspJsonContext.Default, new QuietLog());
        connection.OnRequest<HoverParams, Hover?>("textDocument/hover", (p, _) => Task.FromResult<Hover?>(Answer(p)));
        return connection.RunAsync();
    }, round == "warm-up" ? 2000 : requests);
    var theirs = await MeasureAsync("StreamJsonRpc 2.26 as it comes (SystemTextJsonFormatter, HeaderDelimitedMessageHandler)", (input, output) =>
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, LspJsonContext.Default);
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        Func<HoverParams, Hover> handler = Answer;
        rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute("textDocument/hover") { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        return rpc.Completion;
    }, round == "warm-up" ? 2000 : requests);
    if (round == "measured")
    {
        Console.WriteLine(ours);
        Console.WriteLine(theirs);
    }
}

static async Task<string> MeasureAsync(string name, Func<Stream, Stream, Task> serve, int count)
{
    var toServer = new Pipe();
    var fromServer = new Pipe();
    var serving = serve(toServer.Reader.AsStream(), fromServer.Writer.AsStream());
    var writer = toServer.Writer.AsStream();
    var reader = fromServer.Reader;
    var times = new double[count];
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var total = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var body = Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{i},\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{{\"uri\":\"file:///w/events/vahdat-2019.facts.yaml\"}},\"position\":{{\"line\":{i % 5000},\"character\":12}}}}}}");
        var start = Stopwatch.GetTimestamp();
        await writer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await writer.WriteAsync(body);
        await writer.FlushAsync();
        await ReadFrameAsync(reader, i);
        times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    total.Stop();
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    await toServer.Writer.CompleteAsync();
    await Task.WhenAny(serving, Task.Delay(2000));
    Array.Sort(times);
    return $"{name}: {count} requests, p50 {times[count / 2]:F1} µs, p95 {times[count * 95 / 100]:F1} µs, p99 {times[count * 99 / 100]:F1} µs, {count / total.Elapsed.TotalSeconds:F0} req/s, {bytes / count / 1024.0:F1} KB allocated per request (both sides)";
}

static async Task ReadFrameAsync(PipeReader reader, int id)
{
    while (true)
    {
        var result = await reader.ReadAsync();
        var text = Encoding.UTF8.GetString(result.Buffer.ToArray());
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headerEnd >= 0)
        {
            var lengthLine = text.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var length = int.Parse(lengthLine.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var bodyStart = Encoding.UTF8.GetByteCount(text.Substring(0, headerEnd + 4));
            if (result.Buffer.Length >= bodyStart + length)
            {
                var body = result.Buffer.Slice(bodyStart, length).ToArray();
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.GetProperty("id").GetInt32() != id || !doc.RootElement.TryGetProperty("result", out _))
                {
                    throw new InvalidOperationException("unexpected reply: " + Encoding.UTF8.GetString(body));
                }

                reader.AdvanceTo(result.Buffer.GetPosition(bodyStart + length));
                return;
            }
        }

        reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
    }
}

sealed class QuietLog : IRpcLog
{
    public void Error(string message) => Console.Error.WriteLine(message);

    public void Warning(string message) => Console.Error.WriteLine(message);
}
