using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactLint.LanguageServer.Protocol.Types;

namespace FactLint.LanguageServer.Protocol;

/// <summary>
/// Source-generated serialisation metadata for every protocol type: no reflection at run time
/// (fast start, trimmable), and a type missing here fails loudly in the connection, not silently.
/// Members left null are not written, as LSP's optional properties expect.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(InitializedParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(DidChangeWorkspaceFoldersParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(WorkDoneProgressCreateParams))]
[JsonSerializable(typeof(ProgressParams<WorkDoneProgressBegin>))]
[JsonSerializable(typeof(ProgressParams<WorkDoneProgressReport>))]
[JsonSerializable(typeof(ProgressParams<WorkDoneProgressEnd>))]
[JsonSerializable(typeof(HoverParams))]
[JsonSerializable(typeof(Extensions.ClaimGroupViewParams))]
[JsonSerializable(typeof(Extensions.ClaimGroupView))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(DefinitionParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(List<Location>))]
[JsonSerializable(typeof(PrepareRenameParams))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(TextDocumentEdit))]
[JsonSerializable(typeof(TextEdit))]
[JsonSerializable(typeof(AnnotatedTextEdit))]
[JsonSerializable(typeof(CreateFile))]
[JsonSerializable(typeof(DocumentSymbolParams))]
[JsonSerializable(typeof(List<DocumentSymbol>))]
[JsonSerializable(typeof(WorkspaceSymbolParams))]
[JsonSerializable(typeof(List<SymbolInformation>))]
[JsonSerializable(typeof(CompletionParams))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(List<CodeAction>))]
[JsonSerializable(typeof(CodeLensParams))]
[JsonSerializable(typeof(List<CodeLens>))]
[JsonSerializable(typeof(ExecuteCommandParams))]
public sealed partial class LspJsonContext : JsonSerializerContext
{
}
