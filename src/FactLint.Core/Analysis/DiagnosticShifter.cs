using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analysis;

/// <summary>
/// Carries corpus-rule findings computed on an older text of a file onto its current text while
/// the next corpus pass runs: findings away from the edit move with the text, findings the edit
/// touched are dropped. Their fixes are dropped too (their edits refer to the old text); the next
/// pass brings them back.
/// </summary>
public static class DiagnosticShifter
{
    public static List<Diagnostic> Shift(IReadOnlyList<Diagnostic> diagnostics, SourceText oldText, SourceText newText)
    {
        var result = new List<Diagnostic>(diagnostics.Count);
        if (ReferenceEquals(oldText, newText))
        {
            result.AddRange(diagnostics);
            return result;
        }

        var changes = newText.GetChangeRanges(oldText);
        if (changes.Count == 1 && changes[0].Span.Start == 0 && changes[0].Span.Length == oldText.Length)
        {
            return result;
        }

        foreach (var d in diagnostics)
        {
            if (!TryMap(d.Location.Span, changes, out var span))
            {
                continue;
            }

            var related = ImmutableArray.CreateBuilder<RelatedLocation>(d.Related.Length);
            foreach (var r in d.Related)
            {
                if (r.Location.Path != d.Location.Path)
                {
                    related.Add(r);
                }
                else if (TryMap(r.Location.Span, changes, out var relatedSpan))
                {
                    related.Add(new RelatedLocation(new SourceLocation(r.Location.Path, newText, relatedSpan), r.Message));
                }
            }

            result.Add(new Diagnostic(d.Descriptor, d.Severity, new SourceLocation(d.Location.Path, newText, span), d.Message, related.ToImmutable()));
        }

        return result;
    }

    /// <summary>Maps a span through the changes (sorted, non-overlapping, in old-text offsets); false when a change touches it.</summary>
    private static bool TryMap(TextSpan span, IReadOnlyList<TextChangeRange> changes, out TextSpan mapped)
    {
        var delta = 0;
        foreach (var change in changes)
        {
            if (change.Span.End < span.Start)
            {
                delta += change.NewLength - change.Span.Length;
                continue;
            }

            if (change.Span.Start > span.End)
            {
                break;
            }

            mapped = default;
            return false;
        }

        mapped = new TextSpan(span.Start + delta, span.Length);
        return true;
    }
}
