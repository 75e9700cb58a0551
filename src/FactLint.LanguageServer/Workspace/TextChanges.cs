using System;
using System.Collections.Generic;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.Text;
using Microsoft.CodeAnalysis.Text;
using Range = FactLint.LanguageServer.Protocol.Types.Range;

namespace FactLint.LanguageServer.Workspace;

/// <summary>Positions and ranges between LSP (line, UTF-16 character) and SourceText offsets, clamped so that a client's out-of-range position never throws.</summary>
public static class TextChanges
{
    /// <summary>Lines as LSP counts them (CR LF, LF, CR; not U+2028), through the engine's one line map.</summary>
    public static int ToOffset(SourceText text, Position position) => LineMap.Of(text).GetOffset(position.Line, position.Character);

    public static TextSpan ToSpan(SourceText text, Range range)
    {
        var start = ToOffset(text, range.Start);
        var end = ToOffset(text, range.End);
        return start <= end ? TextSpan.FromBounds(start, end) : TextSpan.FromBounds(end, start);
    }

    public static Position ToPosition(SourceText text, int offset)
    {
        var p = LineMap.Of(text).GetLinePosition(Math.Clamp(offset, 0, text.Length));
        return new Position(p.Line, p.Character);
    }

    public static Range ToRange(SourceText text, TextSpan span) => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    /// <summary>
    /// Applies a didChange's events in order (each range refers to the text after the previous
    /// event). Positions past the end are clamped (some clients send the line count for the end of
    /// the document); a range whose start is after its end means nothing, so that event is skipped
    /// and reported in <paramref name="skipped"/> rather than guessed at.
    /// </summary>
    public static SourceText Apply(SourceText text, IEnumerable<TextDocumentContentChangeEvent> changes, out int skipped)
    {
        skipped = 0;
        foreach (var change in changes)
        {
            if (change.Range == null)
            {
                text = SourceText.From(change.Text ?? string.Empty);
                continue;
            }

            var (start, end) = (change.Range.Start, change.Range.End);
            if (start.Line > end.Line || (start.Line == end.Line && start.Character > end.Character))
            {
                skipped++;
                continue;
            }

            text = text.WithChanges(new TextChange(ToSpan(text, change.Range), change.Text ?? string.Empty));
        }

        return text;
    }
}
