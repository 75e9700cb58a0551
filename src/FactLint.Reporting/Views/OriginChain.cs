using System.Collections.Generic;

namespace FactLint.Reporting.Views;

/// <summary>Sources linked by relies_on (who relays whom), with the claims FL2007 found resting on one origin.</summary>
public sealed record OriginChain(IReadOnlyList<OriginNode> Sources, IReadOnlyList<(string From, string To)> Links, IReadOnlyList<string> Findings)
{
    /// <summary>Sources of the chain not drawn (those furthest from its origins, past <see cref="ReportLimits.SourcesPerChain"/>).</summary>
    public int Hidden { get; init; }
}

/// <param name="Depth">Links from the origin: 0 for a source that relays nothing.</param>
public sealed record OriginNode(string Id, string Label, int Depth, FileLine Where);
