namespace FactLint.LanguageServer.Protocol.Extensions;

/// <summary>Requests of FactLint's own, beyond LSP (the extension's views use them).</summary>
public static class FactLintMethods
{
    /// <summary>The claim group of the claim at a position (or by subject and property), as a page of HTML: <see cref="ClaimGroupViewParams"/> → <see cref="ClaimGroupView"/> or null.</summary>
    public const string ClaimGroupView = "factlint/claimGroupView";
}
