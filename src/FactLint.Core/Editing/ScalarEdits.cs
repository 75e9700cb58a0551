using System;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Editing;

/// <summary>
/// Edits of a scalar's value that respect the way it is written. Text is escaped for the target's
/// style — an apostrophe doubled in a single-quoted scalar, a quote or backslash escaped in a
/// double-quoted one — and where the style cannot hold the new value where it stands (a plain
/// scalar that would gain ": " or " #", a value that would read as a number), the whole scalar
/// is rewritten double-quoted. Every fix that changes words inside a scalar goes through here.
/// </summary>
public static class ScalarEdits
{
    /// <summary>Replaces <paramref name="length"/> characters of the value at <paramref name="valueStart"/> with <paramref name="replacement"/>.</summary>
    public static FileTextEdit ReplaceInValue(FactDocument document, YamlScalar scalar, int valueStart, int length, string replacement)
    {
        var value = scalar.Value;
        var newValue = value.Substring(0, valueStart) + replacement + value.Substring(valueStart + length);
        if (ScalarContent.TryGetValueStart(scalar, document.Text, out var start))
        {
            var inPlace = StyleOf(scalar, document.Text) switch
            {
                ScalarStyle.Plain => PlainScalars.ReadsBackAsString(newValue) ? replacement : null,
                ScalarStyle.SingleQuoted => PlainScalars.HasLineBreakOrControl(replacement) ? null : replacement.Replace("'", "''"),
                ScalarStyle.DoubleQuoted => YamlQuoting.DoubleQuotedContent(replacement),
                _ => null,
            };
            if (inPlace != null)
            {
                return new FileTextEdit(document.Path, new TextSpan(start + valueStart, length), inPlace);
            }
        }

        return ReplaceValue(document, scalar, newValue);
    }

    /// <summary>
    /// Replaces a scalar's whole value, in its own quoting style where that style can hold the
    /// value, else double-quoted. A block scalar is replaced up to the end of its text, so the
    /// line break that ends it stays.
    /// </summary>
    public static FileTextEdit ReplaceValue(FactDocument document, YamlScalar scalar, string newValue)
    {
        var text = document.Text;
        var style = StyleOf(scalar, text);
        var span = scalar.Span;
        if (style == ScalarStyle.Block)
        {
            var end = span.End;
            while (end > span.Start + 1 && (text[end - 1] == '\n' || text[end - 1] == '\r'))
            {
                end--;
            }

            span = TextSpan.FromBounds(span.Start, end);
        }

        var written = style switch
        {
            ScalarStyle.Plain when PlainScalars.ReadsBackAsString(newValue) => newValue,
            ScalarStyle.SingleQuoted when !PlainScalars.HasLineBreakOrControl(newValue) => "'" + newValue.Replace("'", "''") + "'",
            _ => YamlQuoting.DoubleQuoted(newValue),
        };
        return new FileTextEdit(document.Path, span, written);
    }

    private enum ScalarStyle
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Block,
    }

    private static ScalarStyle StyleOf(YamlScalar scalar, SourceText text)
    {
        if (scalar.IsPlain || scalar.Span.IsEmpty || scalar.Span.End > text.Length)
        {
            return ScalarStyle.Plain;
        }

        return text[scalar.Span.Start] switch
        {
            '\'' => ScalarStyle.SingleQuoted,
            '"' => ScalarStyle.DoubleQuoted,
            '|' or '>' => ScalarStyle.Block,
            _ => ScalarStyle.Plain,
        };
    }
}
