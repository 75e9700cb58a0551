using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace FactLint.LanguageServer.Protocol.Types;

public sealed class HoverParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();
}

public sealed class Hover
{
    public MarkupContent Contents { get; set; } = new();

    public Range? Range { get; set; }
}

public sealed class DefinitionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();
}

public sealed class ReferenceParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();

    public ReferenceContext Context { get; set; } = new();
}

public sealed class ReferenceContext
{
    public bool IncludeDeclaration { get; set; }
}

public sealed class PrepareRenameParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();
}

/// <summary>The <c>{ range, placeholder }</c> form of the PrepareRenameResult alias.</summary>
public sealed class PrepareRenameResult
{
    public Range Range { get; set; } = new();

    public string Placeholder { get; set; } = string.Empty;
}

public sealed class RenameParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();

    public string NewName { get; set; } = string.Empty;
}

public sealed class WorkspaceEdit
{
    public Dictionary<string, List<TextEdit>>? Changes { get; set; }

    /// <summary>TextDocumentEdit and CreateFile items, in the order the client must apply them.</summary>
    public List<object>? DocumentChanges { get; set; }

    /// <summary>Labels of the annotated edits; one that needs confirmation makes the client show a preview first.</summary>
    public Dictionary<string, ChangeAnnotation>? ChangeAnnotations { get; set; }
}

public sealed class ChangeAnnotation
{
    public string Label { get; set; } = string.Empty;

    public bool? NeedsConfirmation { get; set; }

    public string? Description { get; set; }
}

public sealed class TextDocumentEdit
{
    public OptionalVersionedTextDocumentIdentifier TextDocument { get; set; } = new();

    /// <summary>TextEdit or AnnotatedTextEdit items.</summary>
    public List<object> Edits { get; set; } = new();
}

public sealed class CreateFile
{
    public string Kind { get; set; } = "create";

    public string Uri { get; set; } = string.Empty;

    public CreateFileOptions? Options { get; set; }
}

public sealed class CreateFileOptions
{
    public bool? Overwrite { get; set; }

    public bool? IgnoreIfExists { get; set; }
}

public sealed class DocumentSymbolParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

public sealed class DocumentSymbol
{
    public string Name { get; set; } = string.Empty;

    public string? Detail { get; set; }

    public SymbolKind Kind { get; set; }

    public Range Range { get; set; } = new();

    public Range SelectionRange { get; set; } = new();

    public List<DocumentSymbol>? Children { get; set; }
}

public enum SymbolKind
{
    File = 1,
    Module = 2,
    Namespace = 3,
    Package = 4,
    Class = 5,
    Method = 6,
    Property = 7,
    Field = 8,
    Constructor = 9,
    Enum = 10,
    Interface = 11,
    Function = 12,
    Variable = 13,
    Constant = 14,
    String = 15,
    Number = 16,
    Boolean = 17,
    Array = 18,
    Object = 19,
    Key = 20,
    Null = 21,
    EnumMember = 22,
    Struct = 23,
    Event = 24,
    Operator = 25,
    TypeParameter = 26,
}

public sealed class WorkspaceSymbolParams
{
    public string Query { get; set; } = string.Empty;
}

public sealed class SymbolInformation
{
    public string Name { get; set; } = string.Empty;

    public SymbolKind Kind { get; set; }

    public Location Location { get; set; } = new();

    public string? ContainerName { get; set; }
}

public sealed class CompletionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();
}

public sealed class CompletionList
{
    public bool IsIncomplete { get; set; }

    public List<CompletionItem> Items { get; set; } = new();
}

public sealed class CompletionItem
{
    public string Label { get; set; } = string.Empty;

    public CompletionItemKind? Kind { get; set; }

    public string? Detail { get; set; }

    public MarkupContent? Documentation { get; set; }

    public string? SortText { get; set; }

    public string? FilterText { get; set; }

    public TextEdit? TextEdit { get; set; }
}

public enum CompletionItemKind
{
    Text = 1,
    Method = 2,
    Function = 3,
    Constructor = 4,
    Field = 5,
    Variable = 6,
    Class = 7,
    Interface = 8,
    Module = 9,
    Property = 10,
    Unit = 11,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    Color = 16,
    File = 17,
    Reference = 18,
    Folder = 19,
    EnumMember = 20,
    Constant = 21,
    Struct = 22,
    Event = 23,
    Operator = 24,
    TypeParameter = 25,
}

public sealed class CodeActionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Range Range { get; set; } = new();

    public CodeActionContext Context { get; set; } = new();
}

public sealed class CodeActionContext
{
    public List<Diagnostic> Diagnostics { get; set; } = new();

    public List<string>? Only { get; set; }

    public int? TriggerKind { get; set; }
}

public sealed class CodeAction
{
    public string Title { get; set; } = string.Empty;

    public string? Kind { get; set; }

    public List<Diagnostic>? Diagnostics { get; set; }

    public bool? IsPreferred { get; set; }

    /// <summary>Why the action cannot be applied now; the client shows it greyed out with the reason.</summary>
    public CodeActionDisabled? Disabled { get; set; }

    public WorkspaceEdit? Edit { get; set; }

    [JsonPropertyName("command")]
    public Command? Command { get; set; }
}

[LspLiteral("CodeAction", "disabled")]
public sealed class CodeActionDisabled
{
    public string Reason { get; set; } = string.Empty;
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceFixAllFactLint = "source.fixAll.factlint";
}

public sealed class CodeLensParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

public sealed class CodeLens
{
    public Range Range { get; set; } = new();

    [JsonPropertyName("command")]
    public Command? Command { get; set; }
}
