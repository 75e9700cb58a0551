using System;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Syntax;
using FactLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Editing;

/// <summary>
/// Minimal text edits on a fact file that keep its comments, indentation and style: set a key of
/// a record, insert a record into a list. Every fix of every rule is made of these.
/// </summary>
public static class YamlEdits
{
    /// <summary>Sets <paramref name="key"/> of a mapping: replaces the value when the key is there, else adds the entry after the last one.</summary>
    public static FileTextEdit SetKey(FactDocument document, YamlMapping mapping, string key, string valueText)
    {
        if (mapping.TryGetEntry(key, out var existing))
        {
            return new FileTextEdit(document.Path, existing.Value.Span, valueText);
        }

        return AddEntry(document, mapping, key + ": " + valueText);
    }

    /// <summary>Adds an entry ("key: value") at the end of a mapping, in its style: on a new line at the keys' indentation, or before the closing brace of a flow mapping.</summary>
    public static FileTextEdit AddEntry(FactDocument document, YamlMapping mapping, string entryText)
    {
        var text = document.Text;
        if (mapping.IsFlow)
        {
            var close = mapping.Span.End - 1;
            var prefix = mapping.Entries.Count == 0 ? string.Empty : ", ";
            return new FileTextEdit(document.Path, new TextSpan(close, 0), prefix + entryText);
        }

        if (mapping.Entries.Count == 0)
        {
            return new FileTextEdit(document.Path, new TextSpan(mapping.Span.End, 0), entryText);
        }

        var indent = Column(text, mapping.Entries[0].Key.Span.Start);
        var last = mapping.Entries[mapping.Entries.Count - 1];
        var end = Math.Max(last.Key.Span.End, last.Value.Span.End);
        if (end > 0 && end <= text.Length && text[end - 1] == '\n')
        {
            end--; // block scalars end after their line break
        }

        var lineEnd = LineMap.Of(text).LineSpanAt(end).End;
        return new FileTextEdit(document.Path, new TextSpan(lineEnd, 0), NewLine(text) + new string(' ', indent) + entryText);
    }

    /// <summary>Appends a block to the end of a block sequence, at its items' indentation (the block's own lines are re-indented).</summary>
    public static FileTextEdit AppendItem(FactDocument document, YamlSequence sequence, string[] itemLines)
    {
        var text = document.Text;
        if (sequence.IsFlow || sequence.Items.Count == 0)
        {
            throw new InvalidOperationException("Only a non-empty block sequence can take a block item.");
        }

        var dashColumn = Column(text, sequence.Span.Start);
        var end = sequence.Items[sequence.Items.Count - 1].Span.End;
        if (end > 0 && text[end - 1] == '\n')
        {
            end--;
        }

        var lineEnd = LineMap.Of(text).LineSpanAt(end).End;
        var nl = NewLine(text);
        var pad = new string(' ', dashColumn);
        var block = string.Empty;
        for (var i = 0; i < itemLines.Length; i++)
        {
            block += nl + pad + (i == 0 ? "- " : "  ") + itemLines[i];
        }

        return new FileTextEdit(document.Path, new TextSpan(lineEnd, 0), block);
    }

    /// <summary>
    /// Adds a scalar to the list under <paramref name="key"/> of a mapping, in the list's own style:
    /// inside the brackets of a flow list, as a new "- " line of a block list, or as a new
    /// <c>key: [item]</c> entry when the key is absent.
    /// </summary>
    public static FileTextEdit AddListItem(FactDocument document, YamlMapping mapping, string key, string itemText)
    {
        var existing = mapping.Get(key)?.Resolve();
        if (existing is YamlSequence { IsFlow: true } flow)
        {
            var close = Math.Min(flow.Span.End, document.Text.Length) - 1;
            while (close > flow.Span.Start && document.Text[close] != ']')
            {
                close--;
            }

            if (close > flow.Span.Start)
            {
                var before = document.Text.ToString(TextSpan.FromBounds(flow.Span.Start, close)).TrimEnd();
                var separator = flow.Items.Count == 0 || before.EndsWith(",", StringComparison.Ordinal) ? string.Empty : ", ";
                return new FileTextEdit(document.Path, new TextSpan(close, 0), separator + itemText);
            }
        }

        if (existing is YamlSequence { IsFlow: false, Items.Count: > 0 } block)
        {
            return AppendItem(document, block, new[] { itemText });
        }

        if (existing == null)
        {
            return AddEntry(document, mapping, key + ": [" + itemText + "]");
        }

        throw new InvalidOperationException($"'{key}' is not a list that an item can be added to.");
    }

    /// <summary>Appends text at the end of the file, on a line of its own.</summary>
    public static FileTextEdit AppendToFile(FactDocument document, string block)
    {
        var text = document.Text;
        var nl = NewLine(text);
        var needsBreak = text.Length > 0 && text[text.Length - 1] != '\n';
        return new FileTextEdit(document.Path, new TextSpan(text.Length, 0), (needsBreak ? nl : string.Empty) + block.Replace("\n", nl));
    }

    public static int Column(SourceText text, int position) => position - LineMap.Of(text).LineSpanAt(position).Start;

    /// <summary>The file's line break (<see cref="LineBreaks.Of"/>), so a fix never mixes CRLF into an LF file or the reverse.</summary>
    public static string NewLine(SourceText text) => LineBreaks.Of(text);
}
