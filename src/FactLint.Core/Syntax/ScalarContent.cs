using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>Maps offsets in a scalar's value back to the file, where the value is written as-is (no escapes, no folding).</summary>
public static class ScalarContent
{
    /// <summary>The file offset of the value's first character, when every character of the value stands at a fixed offset from it.</summary>
    public static bool TryGetValueStart(YamlScalar scalar, SourceText text, out int start)
    {
        start = 0;
        var span = scalar.Span;
        if (span.End > text.Length)
        {
            return false;
        }

        var raw = text.ToString(span);
        if (raw == scalar.Value)
        {
            start = span.Start;
            return true;
        }

        if (raw.Length == scalar.Value.Length + 2 && (raw[0] == '"' || raw[0] == '\'') && string.CompareOrdinal(raw, 1, scalar.Value, 0, scalar.Value.Length) == 0)
        {
            start = span.Start + 1;
            return true;
        }

        return false;
    }

    /// <summary>The span of part of a scalar's value in the file, or the whole scalar when the value cannot be mapped.</summary>
    public static TextSpan SpanOf(YamlScalar scalar, SourceText text, int valueOffset, int length) =>
        length > 0 && TryGetValueStart(scalar, text, out var start) ? new TextSpan(start + valueOffset, length) : scalar.Span;
}
