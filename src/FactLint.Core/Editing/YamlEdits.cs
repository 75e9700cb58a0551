using System;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Syntax;
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

        var lineEnd = text.Lines.GetLineFromPosition(end).End;
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

        var lineEnd = text.Lines.GetLineFromPosition(end).End;
        var nl = NewLine(text);
        var pad = new string(' ', dashColumn);
        var block = string.Empty;
        for (var i = 0; i < itemLines.Length; i++)
        {
            block += nl + pad + (i == 0 ? "- " : "  ") + itemLines[i];
        }

        return new FileTextEdit(document.Path, new TextSpan(lineEnd, 0), block);
    }

    /// <summary>Appends text at the end of the file, on a line of its own.</summary>
    public static FileTextEdit AppendToFile(FactDocument document, string block)
    {
        var text = document.Text;
        var nl = NewLine(text);
        var needsBreak = text.Length > 0 && text[text.Length - 1] != '\n';
        return new FileTextEdit(document.Path, new TextSpan(text.Length, 0), (needsBreak ? nl : string.Empty) + block.Replace("\n", nl));
    }

    public static int Column(SourceText text, int position) => position - text.Lines.GetLineFromPosition(position).Start;

    /// <summary>The file's own line break, so a fix never mixes CRLF into an LF file or the reverse.</summary>
    public static string NewLine(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            if (line.EndIncludingLineBreak > line.End)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }
}
