using System.Collections.Generic;

namespace FactLint.Reporting.Views;

/// <summary>A claim group (subject × property, and as_of when the property is temporal) as the report draws it.</summary>
/// <param name="Axis">"quantity" (values in <paramref name="Unit"/>), "date" (day numbers) or "value" (not drawn on an axis).</param>
/// <param name="Finding">The engine's FL3001 message when the group's claims disagree.</param>
public sealed record GroupView(
    string Anchor,
    string Title,
    string Subject,
    string Property,
    string AsOf,
    string Axis,
    string Unit,
    int Positions,
    string? Finding,
    IReadOnlyList<ClaimRow> Rows)
{
    public bool InDisagreement => Finding != null;

    /// <summary>Whether the claims were published on different dates (the report then adds a time axis).</summary>
    public bool HasTimeline { get; init; }

    /// <summary>Other findings about the group's figures (FL3002 units, FL3003 sums, FL3004 against the preferred claim), as "ID: message".</summary>
    public IReadOnlyList<string> Notes { get; init; } = System.Array.Empty<string>();
}
