using System.Collections.Generic;

namespace FactLint.Reporting.Views;

/// <summary>
/// Everything the report shows, read from the engine's claim groups and findings (no analysis of
/// its own). Limits keep a 1,000-file corpus's report small: groups past <see cref="ReportLimits"/>
/// are listed, not drawn, and each rule's findings past its limit are counted.
/// </summary>
public sealed record ReportModel(
    string Root,
    int Files,
    IReadOnlyDictionary<string, int> BySeverity,
    IReadOnlyList<RuleCount> Rules,
    IReadOnlyList<GroupView> Groups,
    int GroupsInDisagreement,
    IReadOnlyList<NameCluster> Names,
    IReadOnlyList<OriginChain> Chains,
    IReadOnlyList<FindingView> Findings,
    ReportLimits Limits);

/// <summary>How much a report draws before it summarises (a 1,000-file corpus has 5,000 groups in disagreement and 60,000 findings).</summary>
public sealed record ReportLimits(int GroupsDrawn = 300, int FindingsPerRule = 200, int PlacesPerSpelling = 8, int Chains = 50, int SourcesPerChain = 40)
{
    public static ReportLimits Default { get; } = new();
}
