using System;

namespace FactLint.Workspace;

/// <summary>A workspace cannot be read (a file that exists but cannot be opened): the CLI's exit code 2.</summary>
public sealed class WorkspaceException : Exception
{
    public WorkspaceException(string message)
        : base(message)
    {
    }

    public WorkspaceException()
    {
    }

    public WorkspaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
