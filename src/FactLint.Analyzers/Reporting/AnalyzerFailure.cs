using System;
using System.Linq;
using FactLint.Rules.Structure;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Reporting;

/// <summary>
/// An exception that escaped the engine, as one FL0001 diagnostic: the build goes on, and the
/// message says what failed and that findings may be missing — as the compiler's AD0001 does
/// for a crashing analyzer, but with our id, so that it can be configured like any FL rule.
/// </summary>
internal static class AnalyzerFailure
{
    public static Diagnostic Create(Exception exception, Location location, string scope)
    {
        var frame = exception.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        var message =
            $"FactLint failed while checking {scope}: {exception.GetType().Name}: {exception.Message}{(frame == null ? string.Empty : $" ({frame})")}. " +
            "Its findings there may be missing; the build goes on. Please report this as a FactLint bug.";
        return Diagnostic.Create(BuildDescriptors.Get(InternalErrorRule.Definition.Id), location, message);
    }
}
