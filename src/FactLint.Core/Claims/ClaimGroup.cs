using System.Collections.Generic;
using FactLint.Figures;
using FactLint.Model;

namespace FactLint.Claims;

/// <summary>
/// The non-deprecated claims of one subject and property (and, for a temporal property, one
/// as_of) whose values are of one kind: the unit of comparison of FL3001–FL3004.
/// </summary>
public sealed class ClaimGroup
{
    internal ClaimGroup(string subject, string property, string asOf, ClaimValueKind kind, PropertyRecord? declaration)
    {
        Subject = subject;
        Property = property;
        AsOf = asOf;
        Kind = kind;
        Declaration = declaration;
    }

    /// <summary>Subject, property, as_of and kind: what identifies the group from one pass to the next.</summary>
    public string Key { get; init; } = string.Empty;

    public string Subject { get; }

    public string Property { get; }

    /// <summary>The as_of shared by the group's claims (temporal properties), else empty.</summary>
    public string AsOf { get; }

    public ClaimValueKind Kind { get; }

    public PropertyRecord? Declaration { get; }

    /// <summary>Every claim of the group, in corpus order, comparable or not.</summary>
    public List<ClaimEntry> Entries { get; } = new();

    /// <summary>The claims whose unit cannot be compared with the group's (set when units are settled).</summary>
    public List<UnitMismatch> UnitMismatches { get; } = new();

    /// <summary>Quantities: the unit the group is compared in (the property's, else the most common one).</summary>
    public Unit ReferenceUnit { get; internal set; } = Unit.None;

    /// <summary>"killed.prisoners of khujand-riot-2018" (with "as of 2019" for a temporal property).</summary>
    public string Describe() => AsOf.Length == 0 ? $"{Property} of {Subject}" : $"{Property} of {Subject} as of {AsOf}";

    /// <summary>The claims compared: the preferred ones when any, else every comparable one.</summary>
    public List<ClaimEntry> Compared()
    {
        var preferred = new List<ClaimEntry>();
        var all = new List<ClaimEntry>();
        foreach (var e in Entries)
        {
            if (!e.Comparable)
            {
                continue;
            }

            all.Add(e);
            if (e.IsPreferred)
            {
                preferred.Add(e);
            }
        }

        return preferred.Count > 0 ? preferred : all;
    }

    public bool HasPreferred => Entries.Exists(e => e.Comparable && e.IsPreferred);

    /// <summary>Whether disagreement is a conflict for this group's kind (entity, text and boolean only when declared single).</summary>
    public bool ConflictsMatter => Kind is ClaimValueKind.Quantity or ClaimValueKind.Date || (Declaration?.Single ?? false);
}
