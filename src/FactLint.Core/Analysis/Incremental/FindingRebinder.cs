using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Analysis.Incremental;

/// <summary>
/// Carries a kept finding onto the files as they are now. A finding is kept only because the parts
/// of other files it was computed from did not change, text and offsets alike (<see cref="DocumentAspects"/>);
/// every place it points at is checked again here, character by character, and a finding that
/// points at anything that moved or changed is not kept: the rule computes it afresh.
/// </summary>
internal static class FindingRebinder
{
    public static bool TryRebind(Diagnostic finding, FactCorpus corpus, PassDelta delta, out Diagnostic rebound)
    {
        rebound = finding;
        if (delta.ChangedPaths.Count == 0)
        {
            return true;
        }

        if (!TryRebind(finding.Location, corpus, delta, out var location))
        {
            return false;
        }

        var related = finding.Related;
        for (var i = 0; i < related.Length; i++)
        {
            if (!TryRebind(related[i].Location, corpus, delta, out var moved))
            {
                return false;
            }

            if (!ReferenceEquals(moved, related[i].Location))
            {
                var builder = related.ToBuilder();
                builder[i] = related[i] with { Location = moved };
                related = builder.ToImmutable();
            }
        }

        foreach (var fix in finding.Fixes)
        {
            foreach (var edit in fix.Edits)
            {
                if (delta.ChangedPaths.TryGetValue(edit.Path, out var before)
                    && (before == null || corpus[edit.Path] is not { } now || !DocumentAspects.SameText(before.Text, now.Text, edit.Span)))
                {
                    return false;
                }
            }
        }

        if (!ReferenceEquals(location, finding.Location) || related != finding.Related)
        {
            rebound = new Diagnostic(finding.Descriptor, finding.Severity, location, finding.Message, related, finding.Fixes);
        }

        return true;
    }

    /// <summary>Rebinds every finding, or none: false when one of them no longer holds.</summary>
    public static bool TryRebindAll(Diagnostic[] findings, FactCorpus corpus, PassDelta delta, out Diagnostic[] rebound)
    {
        rebound = findings;
        for (var i = 0; i < findings.Length; i++)
        {
            if (!TryRebind(findings[i], corpus, delta, out var one))
            {
                return false;
            }

            if (!ReferenceEquals(one, findings[i]))
            {
                if (ReferenceEquals(rebound, findings))
                {
                    rebound = (Diagnostic[])findings.Clone();
                }

                rebound[i] = one;
            }
        }

        return true;
    }

    private static bool TryRebind(SourceLocation location, FactCorpus corpus, PassDelta delta, out SourceLocation rebound)
    {
        rebound = location;
        if (corpus[location.Path] is not { } now)
        {
            // Not a fact file: an archived source's text (the Archives aspect answers for it), unless it was one and is gone.
            return !delta.ChangedPaths.ContainsKey(location.Path);
        }

        if (ReferenceEquals(now.Text, location.Text))
        {
            return true;
        }

        if (!DocumentAspects.SameText(location.Text, now.Text, location.Span))
        {
            return false;
        }

        rebound = new SourceLocation(location.Path, now.Text, location.Span);
        return true;
    }
}
