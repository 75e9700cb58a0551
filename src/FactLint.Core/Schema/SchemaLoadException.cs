using System;

namespace FactLint.Schema;

/// <summary>Thrown when a schema is not valid JSON or not a valid schema (a keyword with a value of the wrong type).</summary>
public sealed class SchemaLoadException : Exception
{
    public SchemaLoadException(string message)
        : base(message)
    {
    }

    public SchemaLoadException()
    {
    }

    public SchemaLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
