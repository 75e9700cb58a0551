using System.Collections.Generic;

namespace FactLint.LanguageServer.Protocol.Types;

public sealed class PublishDiagnosticsParams
{
    public string Uri { get; set; } = string.Empty;

    public int? Version { get; set; }

    public List<Diagnostic> Diagnostics { get; set; } = new();
}

public sealed class Diagnostic
{
    public Range Range { get; set; } = new();

    public DiagnosticSeverity? Severity { get; set; }

    public string? Code { get; set; }

    public CodeDescription? CodeDescription { get; set; }

    public string? Source { get; set; }

    public string Message { get; set; } = string.Empty;

    public List<DiagnosticTag>? Tags { get; set; }

    public List<DiagnosticRelatedInformation>? RelatedInformation { get; set; }

    public System.Text.Json.JsonElement? Data { get; set; }
}

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public enum DiagnosticTag
{
    Unnecessary = 1,
    Deprecated = 2,
}

public sealed class CodeDescription
{
    public string Href { get; set; } = string.Empty;
}

public sealed class DiagnosticRelatedInformation
{
    public Location Location { get; set; } = new();

    public string Message { get; set; } = string.Empty;
}

public sealed class LogMessageParams
{
    public MessageType Type { get; set; }

    public string Message { get; set; } = string.Empty;
}

public sealed class ShowMessageParams
{
    public MessageType Type { get; set; }

    public string Message { get; set; } = string.Empty;
}

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
    Debug = 5,
}

public sealed class WorkDoneProgressCreateParams
{
    public string Token { get; set; } = string.Empty;
}

/// <summary><c>$/progress</c> with a work-done payload (begin, report or end).</summary>
public sealed class ProgressParams<T>
{
    public string Token { get; set; } = string.Empty;

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public T Value { get; set; } = default!;
}

public sealed class WorkDoneProgressBegin
{
    public string Kind { get; set; } = "begin";

    public string Title { get; set; } = string.Empty;

    public bool? Cancellable { get; set; }

    public string? Message { get; set; }

    public int? Percentage { get; set; }
}

public sealed class WorkDoneProgressReport
{
    public string Kind { get; set; } = "report";

    public bool? Cancellable { get; set; }

    public string? Message { get; set; }

    public int? Percentage { get; set; }
}

public sealed class WorkDoneProgressEnd
{
    public string Kind { get; set; } = "end";

    public string? Message { get; set; }
}
