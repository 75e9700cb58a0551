namespace FactLint.Reporting.Views;

/// <summary>One claim of a group as the report shows it: its value on the group's axis, who says it, where.</summary>
/// <param name="Low">Lower end in the axis unit; negative infinity for "at most".</param>
/// <param name="High">Upper end in the axis unit; positive infinity for "at least".</param>
/// <param name="Position">Which set of agreeing claims it belongs to (0 = the first the corpus gives); -1 when not compared.</param>
public sealed record ClaimRow(
    string ClaimId,
    string Display,
    string Form,
    double Low,
    double High,
    bool Drawn,
    string SourceLabel,
    string? Publisher,
    string? Published,
    string? Rank,
    string? Quote,
    FileLine Where,
    int Position,
    bool IsOutlier);
