namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>One read from the wire: a message body, or why the bytes read were not one.</summary>
public sealed class Frame
{
    private Frame(byte[]? body, string? error)
    {
        Body = body;
        Problem = error;
    }

    public byte[]? Body { get; }

    public string? Problem { get; }

    public static Frame Message(byte[] body) => new(body, null);

    public static Frame Error(string problem) => new(null, problem);
}
