using FactLint.Corpus;
using FactLint.Figures;
using FactLint.Model;
using FactLint.Syntax;

namespace FactLint.Claims;

/// <summary>One claim as the comparison rules see it: its value read and converted, and how to name it in a message.</summary>
public sealed class ClaimEntry
{
    internal ClaimEntry(FactDocument document, ClaimRecord claim)
    {
        Document = document;
        Claim = claim;
    }

    public FactDocument Document { get; }

    public ClaimRecord Claim { get; }

    /// <summary>Position in corpus order (path, then document order): ties are broken by it, so output is deterministic.</summary>
    public int Order { get; internal set; }

    public ClaimValueKind Kind { get; internal set; }

    /// <summary>Quantities: the claim's unit (its own, else the property's).</summary>
    public Unit Unit { get; internal set; } = Unit.None;

    /// <summary>Quantities in the dimension's base unit; dates in day numbers.</summary>
    public Interval Interval { get; internal set; }

    /// <summary>Entity, text and boolean values, folded for comparison.</summary>
    public string ValueKey { get; internal set; } = string.Empty;

    /// <summary>The value as a reader would say it: "21", "at least 25", "24 km", "2018-11".</summary>
    public string Display { get; internal set; } = string.Empty;

    /// <summary>Who says so: "The Diplomat, 2018-11".</summary>
    public string SourceLabel { get; internal set; } = string.Empty;

    /// <summary>False when the unit cannot be compared with the rest of its group (an FL3002 finding).</summary>
    public bool Comparable { get; internal set; } = true;

    public bool IsPreferred => Claim.Rank?.Value == "preferred";

    /// <summary>The node a finding about the value points at.</summary>
    public YamlNode ValueNode => Claim.Value ?? (YamlNode?)Claim.Property ?? Claim.Node;

    /// <summary>"21 (The Diplomat, 2018-11)".</summary>
    public string Describe() => SourceLabel.Length == 0 ? Display : $"{Display} ({SourceLabel})";

    /// <summary>Whether two entries' values agree: intervals intersect, or the folded values are equal.</summary>
    public bool AgreesWith(ClaimEntry other) =>
        Kind is ClaimValueKind.Quantity or ClaimValueKind.Date ? Interval.Intersects(other.Interval) : ValueKey == other.ValueKey;
}
