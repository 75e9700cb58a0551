using System;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactLint.Syntax;

namespace FactLint.Schema.Library;

/// <summary>
/// Writes a positioned YAML tree as the JSON document JsonSchema.Net validates. Aliases are
/// written out, so a hostile file of nested aliases would grow without end: past
/// <see cref="MaxValues"/> values the document is refused instead.
/// </summary>
internal static class YamlAsJson
{
    /// <summary>Far above any fact file (the 5,000-line benchmark file has about 30,000 values), far below what would exhaust memory.</summary>
    public const int MaxValues = 2_000_000;

    private const int MaxDepth = 1_000;

    private static readonly Regex JsonNumber = new(@"\A-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?\z", RegexOptions.CultureInvariant);

    /// <exception cref="TooLargeException">The document, with its aliases written out, has more than <see cref="MaxValues"/> values or is nested deeper than JSON allows here.</exception>
    public static JsonDocument Write(YamlNode root)
    {
        var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = MaxDepth, SkipValidation = true }))
        {
            var budget = MaxValues;
            Write(writer, root, ref budget, 0);
        }

        return JsonDocument.Parse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = MaxDepth + 1 });
    }

    private static void Write(Utf8JsonWriter w, YamlNode node, ref int budget, int depth)
    {
        if (--budget < 0 || depth >= MaxDepth)
        {
            throw new TooLargeException();
        }

        switch (node.Resolve())
        {
            case YamlMapping m:
                w.WriteStartObject();
                foreach (var e in m.Entries)
                {
                    w.WritePropertyName(e.KeyText ?? string.Empty);
                    Write(w, e.Value, ref budget, depth + 1);
                }

                w.WriteEndObject();
                break;
            case YamlSequence s:
                w.WriteStartArray();
                foreach (var item in s.Items)
                {
                    Write(w, item, ref budget, depth + 1);
                }

                w.WriteEndArray();
                break;
            case YamlScalar { Type: ScalarType.Null }:
                w.WriteNullValue();
                break;
            case YamlScalar { Type: ScalarType.Boolean } b:
                w.WriteBooleanValue(b.TryGetBoolean(out var v) && v);
                break;
            case YamlScalar { IsNumber: true } n:
                WriteNumber(w, n);
                break;
            case YamlScalar s:
                w.WriteStringValue(s.Value);
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }

    /// <summary>YAML writes numbers JSON cannot (0x1F, 0o17, +12, 1_000, .5, .inf): each is written as the number it means.</summary>
    private static void WriteNumber(Utf8JsonWriter w, YamlScalar n)
    {
        if (JsonNumber.IsMatch(n.Value))
        {
            w.WriteRawValue(n.Value, skipInputValidation: true);
        }
        else if (n.TryGetDecimal(out var exact))
        {
            w.WriteNumberValue(exact);
        }
        else if (n.TryGetDouble(out var d) && !double.IsNaN(d) && !double.IsInfinity(d))
        {
            w.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else if (n.TryGetDouble(out var inf) && double.IsInfinity(inf))
        {
            // JSON has no infinity; a number beyond double's range is read as one by every consumer.
            w.WriteRawValue(inf > 0 ? "1e999" : "-1e999", skipInputValidation: true);
        }
        else
        {
            w.WriteStringValue(n.Value);
        }
    }

    /// <summary>The document is too large to hand to JsonSchema.Net.</summary>
    public sealed class TooLargeException : Exception
    {
        public TooLargeException()
            : base("too many values once its aliases are written out")
        {
        }

        public TooLargeException(string message)
            : base(message)
        {
        }

        public TooLargeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
