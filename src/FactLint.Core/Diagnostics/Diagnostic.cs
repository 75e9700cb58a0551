using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FactLint.Diagnostics;

/// <summary>One finding: which rule, how severe, exactly where, what is wrong, where else it shows, and how to fix it.</summary>
public sealed class Diagnostic
{
    public Diagnostic(
        DiagnosticDescriptor descriptor,
        Severity severity,
        SourceLocation location,
        string message,
        ImmutableArray<RelatedLocation> related = default,
        ImmutableArray<CodeFix> fixes = default)
    {
        Descriptor = descriptor;
        Severity = severity;
        Location = location;
        Message = Bounded(message);
        Related = related.IsDefault ? ImmutableArray<RelatedLocation>.Empty : related;
        Fixes = fixes.IsDefault ? ImmutableArray<CodeFix>.Empty : fixes;
    }

    /// <summary>The longest message a finding carries: a message that quotes a 2 MB line must not print 2 MB.</summary>
    public const int MaxMessageLength = 2000;

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Severity Severity { get; }

    public SourceLocation Location { get; }

    public string Message { get; }

    public ImmutableArray<RelatedLocation> Related { get; }

    public ImmutableArray<CodeFix> Fixes { get; }

    /// <summary>A finding at its rule's default severity; the driver applies config overrides later.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        SourceLocation location,
        string message,
        ImmutableArray<RelatedLocation> related = default,
        ImmutableArray<CodeFix> fixes = default) =>
        new(descriptor, DefaultSeverity(descriptor), location, message, related, fixes);

    public static Severity DefaultSeverity(DiagnosticDescriptor descriptor) => SeverityNames.FromRoslyn(descriptor.DefaultSeverity);

    public Diagnostic WithSeverity(Severity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, severity, Location, Message, Related, Fixes);

    private static string Bounded(string message) =>
        message.Length <= MaxMessageLength
            ? message
            : message.Substring(0, MaxMessageLength - 60) + $"\u2026 ({message.Length - MaxMessageLength + 60} more characters left out)";

    public override string ToString()
    {
        var pos = Location.LineSpan.Start;
        return $"{Location.Path}:{pos.Line + 1}:{pos.Character + 1}: {Severity.ToName()} {Id}: {Message}";
    }
}
