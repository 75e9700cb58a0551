using System.Diagnostics;
using System.Globalization;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>StreamJsonRpc's trace, errors only, into the server's log (stderr and the editor's output).</summary>
internal sealed class RpcTraceLog : TraceListener
{
    private readonly IRpcLog _log;

    public RpcTraceLog(IRpcLog log) => _log = log;

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message)
    {
        if (eventType <= TraceEventType.Error && message != null)
        {
            _log.Error($"JSON-RPC: {message}");
        }
    }

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args) =>
        TraceEvent(eventCache, source, eventType, id, args is { Length: > 0 } && format != null ? string.Format(CultureInfo.InvariantCulture, format, args) : format);

    public override void Write(string? message)
    {
    }

    public override void WriteLine(string? message)
    {
    }
}
