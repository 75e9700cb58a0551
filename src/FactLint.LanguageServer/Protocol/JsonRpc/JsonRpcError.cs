namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>The error member of a JSON-RPC response.</summary>
public sealed record JsonRpcError(int Code, string Message);
