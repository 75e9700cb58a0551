using System.Text.Json.Serialization;
using System.Collections.Generic;

using FactLint.LanguageServer.Protocol;

namespace FactLint.LanguageServer.Protocol.Types;

public sealed class DidOpenTextDocumentParams
{
    public TextDocumentItem TextDocument { get; set; } = new();
}

public sealed class DidChangeTextDocumentParams
{
    public VersionedTextDocumentIdentifier TextDocument { get; set; } = new();

    public List<TextDocumentContentChangeEvent> ContentChanges { get; set; } = new();
}

/// <summary>Both forms of the alias: with a range, an incremental change; without, the whole new text.</summary>
public sealed class TextDocumentContentChangeEvent
{
    public Range? Range { get; set; }

    public int? RangeLength { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string Text { get; set; } = string.Empty;
}

public sealed class DidCloseTextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

public sealed class DidSaveTextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public string? Text { get; set; }
}

public sealed class DidChangeWatchedFilesParams
{
    public List<FileEvent> Changes { get; set; } = new();
}

public sealed class FileEvent
{
    public string Uri { get; set; } = string.Empty;

    public FileChangeType Type { get; set; }
}

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

public sealed class RegistrationParams
{
    public List<Registration> Registrations { get; set; } = new();
}

public sealed class Registration
{
    public string Id { get; set; } = string.Empty;

    public string Method { get; set; } = string.Empty;

    public DidChangeWatchedFilesRegistrationOptions? RegisterOptions { get; set; }
}

public sealed class DidChangeWatchedFilesRegistrationOptions
{
    public List<FileSystemWatcher> Watchers { get; set; } = new();
}

public sealed class FileSystemWatcher
{
    public string GlobPattern { get; set; } = string.Empty;

    public int? Kind { get; set; }
}
