using System;

namespace FactLint.Schema;

/// <summary>
/// Thrown when a schema uses a feature this validator does not implement. Silently ignoring a
/// keyword would accept data the schema's author meant to reject, so compilation refuses instead.
/// </summary>
public sealed class SchemaNotSupportedException : Exception
{
    public SchemaNotSupportedException(string message)
        : base(message)
    {
    }

    public SchemaNotSupportedException()
    {
    }

    public SchemaNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
