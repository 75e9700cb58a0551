using System;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>Thrown by a handler to answer its request with a specific error code and message.</summary>
public sealed class JsonRpcException : Exception
{
    public JsonRpcException(int code, string message)
        : base(message)
    {
        Code = code;
    }

    public JsonRpcException()
    {
    }

    public JsonRpcException(string message)
        : base(message)
    {
        Code = ErrorCodes.InternalError;
    }

    public JsonRpcException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.InternalError;
    }

    public int Code { get; }
}
