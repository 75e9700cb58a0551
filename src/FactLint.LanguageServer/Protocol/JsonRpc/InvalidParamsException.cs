using System;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>The params of a message could not be read as the method's params type (answered with InvalidParams).</summary>
public sealed class InvalidParamsException : Exception
{
    public InvalidParamsException()
    {
    }

    public InvalidParamsException(string message)
        : base(message)
    {
    }

    public InvalidParamsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
