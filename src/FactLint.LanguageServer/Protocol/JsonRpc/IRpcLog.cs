namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>Where the connection reports what it could not handle (the server forwards it to the client's log and stderr).</summary>
public interface IRpcLog
{
    void Error(string message);

    void Warning(string message);
}
