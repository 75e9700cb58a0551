using FactLint.LanguageServer.Protocol.Types;

namespace FactLint.LanguageServer.Protocol.Extensions;

/// <summary>Which claim group to show: the claim at <see cref="Position"/> in the document, else the group of <see cref="Subject"/> and <see cref="Property"/> (a view refreshing after edits moved the claim).</summary>
public sealed class ClaimGroupViewParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position? Position { get; set; }

    public string? Subject { get; set; }

    public string? Property { get; set; }

    public string? AsOf { get; set; }
}
