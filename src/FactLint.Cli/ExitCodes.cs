namespace FactLint.Cli;

/// <summary>The CLI's exit codes: part of the contract that CI scripts rely on (spec, "Command line").</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail level was found.</summary>
    public const int Clean = 0;

    /// <summary>Something at or above the fail level was found.</summary>
    public const int Findings = 1;

    /// <summary>A usage error, or a path that cannot be read.</summary>
    public const int UsageError = 2;

    /// <summary>FactLint itself failed (a bug): never 1, which scripts read as "findings".</summary>
    public const int InternalError = 3;
}
