using Microsoft.CodeAnalysis;

namespace FactLint.Diagnostics;

/// <summary>Conversions between the spec's severity words, our enum and Roslyn's <see cref="DiagnosticSeverity"/>.</summary>
public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hint",
    };

    /// <summary>Parses error|warning|info|hint; "off" gives null with success.</summary>
    public static bool TryParse(string? text, out Severity? severity)
    {
        severity = null;
        switch (text)
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "info":
                severity = Severity.Info;
                return true;
            case "hint":
                severity = Severity.Hint;
                return true;
            case "off":
                return true;
            default:
                return false;
        }
    }

    /// <summary>Roslyn has no "hint": its Hidden severity plays that part (shown in editors, not in builds).</summary>
    public static DiagnosticSeverity ToRoslyn(this Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    public static Severity FromRoslyn(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        DiagnosticSeverity.Info => Severity.Info,
        _ => Severity.Hint,
    };
}
