using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactLint.LanguageServer.Protocol;

/// <summary>
/// Reads a document's text even when it holds a lone UTF-16 surrogate ("\ud800"), which
/// JavaScript's JSON.stringify writes for a half-typed emoji and System.Text.Json refuses: the
/// lone surrogate becomes U+FFFD, one UTF-16 unit for one, so every position after it still
/// matches the editor's. A refused didOpen would leave the file silently unanalysed.
/// </summary>
public sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A string was expected.");
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return Unescape(raw);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>JSON string escapes decoded by hand, lone surrogates replaced by U+FFFD.</summary>
    internal static string Unescape(byte[] raw)
    {
        var sb = new StringBuilder(raw.Length);
        var utf8 = new UTF8Encoding(false, false);
        var i = 0;
        while (i < raw.Length)
        {
            var next = Array.IndexOf(raw, (byte)'\\', i);
            var end = next < 0 ? raw.Length : next;
            if (end > i)
            {
                sb.Append(utf8.GetString(raw, i, end - i));
            }

            if (next < 0 || next + 1 >= raw.Length)
            {
                break;
            }

            var c = (char)raw[next + 1];
            i = next + 2;
            switch (c)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u' when i + 4 <= raw.Length && ushort.TryParse(Encoding.ASCII.GetString(raw, i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(c); break;
            }
        }

        var chars = sb.ToString().ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (char.IsHighSurrogate(chars[k]) && k + 1 < chars.Length && char.IsLowSurrogate(chars[k + 1]))
            {
                k++;
            }
            else if (char.IsSurrogate(chars[k]))
            {
                chars[k] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
