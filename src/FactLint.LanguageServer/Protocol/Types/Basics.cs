using System.Text.Json.Serialization;

using FactLint.LanguageServer.Protocol;

namespace FactLint.LanguageServer.Protocol.Types;

// Positions and locations (LSP 3.17 "Basic structures"). Characters count UTF-16 code units,
// the encoding FactLint negotiates and SourceText uses, so no conversion is needed.
public sealed class Position
{
    public Position()
    {
    }

    public Position(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; set; }

    public int Character { get; set; }
}

public sealed class Range
{
    public Range()
    {
    }

    public Range(Position start, Position end)
    {
        Start = start;
        End = end;
    }

    public Position Start { get; set; } = new();

    public Position End { get; set; } = new();
}

public sealed class Location
{
    public string Uri { get; set; } = string.Empty;

    public Range Range { get; set; } = new();
}

public sealed class TextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;
}

public sealed class VersionedTextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class OptionalVersionedTextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;

    /// <summary>Null for a file that is not open: the client applies the edit to the file on disk.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; set; }
}

public sealed class TextDocumentItem
{
    public string Uri { get; set; } = string.Empty;

    public string LanguageId { get; set; } = string.Empty;

    public int Version { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string Text { get; set; } = string.Empty;
}

public sealed class TextEdit
{
    public Range Range { get; set; } = new();

    public string NewText { get; set; } = string.Empty;
}

/// <summary>A text edit that belongs to a change annotation, so the client can ask before applying it.</summary>
public sealed class AnnotatedTextEdit
{
    public Range Range { get; set; } = new();

    public string NewText { get; set; } = string.Empty;

    public string AnnotationId { get; set; } = string.Empty;
}

public sealed class MarkupContent
{
    public string Kind { get; set; } = MarkupKind.Markdown;

    public string Value { get; set; } = string.Empty;
}

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

public sealed class Command
{
    public string Title { get; set; } = string.Empty;

    [JsonPropertyName("command")]
    public string CommandIdentifier { get; set; } = string.Empty;

    public System.Collections.Generic.List<System.Text.Json.JsonElement>? Arguments { get; set; }
}
