namespace FactLint.Diagnostics;

/// <summary>The spec's severities, ordered so that a larger value is more severe.</summary>
public enum Severity
{
    Hint = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
