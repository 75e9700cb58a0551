using System.IO;
using FactLint.LanguageServer.Protocol.JsonRpc;

namespace FactLint.LanguageServer;

/// <summary>Protocol-level problems go to stderr (the client shows it as the server's output); never to stdout, which carries the protocol.</summary>
internal sealed class ServerLog : IRpcLog
{
    private readonly TextWriter _stderr;

    public ServerLog(TextWriter stderr) => _stderr = stderr;

    public void Error(string message) => Write("error", message);

    public void Warning(string message) => Write("warning", message);

    private void Write(string level, string message)
    {
        lock (_stderr)
        {
            _stderr.WriteLine($"[factlint {level}] {message}");
            _stderr.Flush();
        }
    }
}
