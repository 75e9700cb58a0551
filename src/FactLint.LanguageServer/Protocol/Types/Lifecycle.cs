using System.Collections.Generic;
using System.Text.Json;

namespace FactLint.LanguageServer.Protocol.Types;

/// <summary>The client's side of initialize; only what FactLint reads is modelled.</summary>
[PartialModel]
public sealed class InitializeParams
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public int? ProcessId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public string? RootUri { get; set; }

    public string? RootPath { get; set; }

    public JsonElement? InitializationOptions { get; set; }

    public ClientCapabilities Capabilities { get; set; } = new();

    public List<WorkspaceFolder>? WorkspaceFolders { get; set; }

    public string? Locale { get; set; }
}

public sealed class WorkspaceFolder
{
    public string Uri { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

[PartialModel]
public sealed class ClientCapabilities
{
    public WorkspaceClientCapabilities? Workspace { get; set; }

    public TextDocumentClientCapabilities? TextDocument { get; set; }

    public WindowClientCapabilities? Window { get; set; }

    public GeneralClientCapabilities? General { get; set; }
}

[PartialModel]
public sealed class GeneralClientCapabilities
{
    public List<string>? PositionEncodings { get; set; }
}

[PartialModel]
public sealed class WorkspaceClientCapabilities
{
    public bool? ApplyEdit { get; set; }

    public WorkspaceEditClientCapabilities? WorkspaceEdit { get; set; }

    public DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles { get; set; }

    public bool? WorkspaceFolders { get; set; }

    public bool? Configuration { get; set; }

    public CodeLensWorkspaceClientCapabilities? CodeLens { get; set; }
}

public sealed class CodeLensWorkspaceClientCapabilities
{
    public bool? RefreshSupport { get; set; }
}

[PartialModel]
public sealed class WorkspaceEditClientCapabilities
{
    public bool? DocumentChanges { get; set; }

    public List<string>? ResourceOperations { get; set; }

    public ChangeAnnotationSupport? ChangeAnnotationSupport { get; set; }
}

[PartialModel]
[LspLiteral("WorkspaceEditClientCapabilities", "changeAnnotationSupport")]
public sealed class ChangeAnnotationSupport
{
    public bool? GroupsOnLabel { get; set; }
}

[PartialModel]
public sealed class DidChangeWatchedFilesClientCapabilities
{
    public bool? DynamicRegistration { get; set; }

    public bool? RelativePatternSupport { get; set; }
}

[PartialModel]
public sealed class WindowClientCapabilities
{
    public bool? WorkDoneProgress { get; set; }
}

[PartialModel]
public sealed class TextDocumentClientCapabilities
{
    public HoverClientCapabilities? Hover { get; set; }

    public PublishDiagnosticsClientCapabilities? PublishDiagnostics { get; set; }

    public CodeActionClientCapabilities? CodeAction { get; set; }

    public DocumentSymbolClientCapabilities? DocumentSymbol { get; set; }
}

[PartialModel]
public sealed class HoverClientCapabilities
{
    public List<string>? ContentFormat { get; set; }
}

[PartialModel]
public sealed class PublishDiagnosticsClientCapabilities
{
    public bool? RelatedInformation { get; set; }

    public bool? VersionSupport { get; set; }

    public bool? CodeDescriptionSupport { get; set; }
}

[PartialModel]
public sealed class CodeActionClientCapabilities
{
    public bool? IsPreferredSupport { get; set; }

    public bool? DisabledSupport { get; set; }
}

[PartialModel]
public sealed class DocumentSymbolClientCapabilities
{
    public bool? HierarchicalDocumentSymbolSupport { get; set; }
}

public sealed class InitializeResult
{
    public ServerCapabilities Capabilities { get; set; } = new();

    public ServerInfo? ServerInfo { get; set; }
}

/// <summary>The literal type of <c>InitializeResult.serverInfo</c>.</summary>
[LspLiteral("InitializeResult", "serverInfo")]
public sealed class ServerInfo
{
    public string Name { get; set; } = string.Empty;

    public string? Version { get; set; }
}

[PartialModel]
public sealed class ServerCapabilities
{
    public string? PositionEncoding { get; set; }

    public TextDocumentSyncOptions? TextDocumentSync { get; set; }

    public bool? HoverProvider { get; set; }

    public bool? DefinitionProvider { get; set; }

    public bool? ReferencesProvider { get; set; }

    public bool? DocumentSymbolProvider { get; set; }

    public bool? WorkspaceSymbolProvider { get; set; }

    public RenameOptions? RenameProvider { get; set; }

    public CompletionOptions? CompletionProvider { get; set; }

    public CodeActionOptions? CodeActionProvider { get; set; }

    public CodeLensOptions? CodeLensProvider { get; set; }

    public ExecuteCommandOptions? ExecuteCommandProvider { get; set; }

    public ServerWorkspaceCapabilities? Workspace { get; set; }
}

/// <summary>The literal type of <c>ServerCapabilities.workspace</c>.</summary>
[LspLiteral("ServerCapabilities", "workspace")]
[PartialModel]
public sealed class ServerWorkspaceCapabilities
{
    public WorkspaceFoldersServerCapabilities? WorkspaceFolders { get; set; }
}

public sealed class WorkspaceFoldersServerCapabilities
{
    public bool? Supported { get; set; }

    public bool? ChangeNotifications { get; set; }
}

public sealed class TextDocumentSyncOptions
{
    public bool? OpenClose { get; set; }

    public TextDocumentSyncKind? Change { get; set; }

    public bool? WillSave { get; set; }

    public bool? WillSaveWaitUntil { get; set; }

    public SaveOptions? Save { get; set; }
}

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed class SaveOptions
{
    public bool? IncludeText { get; set; }
}

public sealed class RenameOptions
{
    public bool? PrepareProvider { get; set; }

    public bool? WorkDoneProgress { get; set; }
}

[PartialModel]
public sealed class CompletionOptions
{
    public List<string>? TriggerCharacters { get; set; }

    public bool? ResolveProvider { get; set; }

    public bool? WorkDoneProgress { get; set; }
}

public sealed class CodeActionOptions
{
    public List<string>? CodeActionKinds { get; set; }

    public bool? ResolveProvider { get; set; }

    public bool? WorkDoneProgress { get; set; }
}

public sealed class CodeLensOptions
{
    public bool? ResolveProvider { get; set; }

    public bool? WorkDoneProgress { get; set; }
}

public sealed class ExecuteCommandOptions
{
    public List<string> Commands { get; set; } = new();

    public bool? WorkDoneProgress { get; set; }
}

public sealed class InitializedParams
{
}

public sealed class ExecuteCommandParams
{
    public string Command { get; set; } = string.Empty;

    public List<JsonElement>? Arguments { get; set; }
}

public sealed class DidChangeConfigurationParams
{
    public JsonElement Settings { get; set; }
}

public sealed class DidChangeWorkspaceFoldersParams
{
    public WorkspaceFoldersChangeEvent Event { get; set; } = new();
}

public sealed class WorkspaceFoldersChangeEvent
{
    public List<WorkspaceFolder> Added { get; set; } = new();

    public List<WorkspaceFolder> Removed { get; set; } = new();
}
