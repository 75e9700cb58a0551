namespace FactLint.Diagnostics;

/// <summary>How far a fix can be trusted, graded as Ruff grades them.</summary>
public enum FixApplicability
{
    /// <summary>Keeps the file's meaning as the writer intended: applied by <c>factlint fix</c>.</summary>
    Safe,

    /// <summary>Probably right but may change meaning: applied only with <c>--unsafe-fixes</c> or from the editor.</summary>
    Unsafe,

    /// <summary>Guidance only: shown, never applied automatically.</summary>
    DisplayOnly,
}
