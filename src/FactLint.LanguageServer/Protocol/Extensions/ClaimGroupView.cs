namespace FactLint.LanguageServer.Protocol.Extensions;

/// <summary>A claim group drawn as the HTML report draws it (no script, inline style and SVG), with its key for later refreshes.</summary>
public sealed class ClaimGroupView
{
    public string Title { get; set; } = string.Empty;

    public string Html { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Property { get; set; } = string.Empty;

    public string AsOf { get; set; } = string.Empty;

    public int Claims { get; set; }

    public bool InDisagreement { get; set; }
}
