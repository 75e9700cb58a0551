using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>A JSON-RPC request id: an integer or a string, answered back exactly as it came.</summary>
[JsonConverter(typeof(RequestIdConverter))]
public readonly struct RequestId : IEquatable<RequestId>
{
    public RequestId(long number)
    {
        Number = number;
        Text = null;
    }

    public RequestId(string text)
    {
        Number = 0;
        Text = text;
    }

    public long Number { get; }

    public string? Text { get; }

    public static bool operator ==(RequestId left, RequestId right) => left.Equals(right);

    public static bool operator !=(RequestId left, RequestId right) => !left.Equals(right);

    public static bool TryRead(JsonElement element, out RequestId id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt64(out var n):
                id = new RequestId(n);
                return true;
            case JsonValueKind.String:
                id = new RequestId(element.GetString()!);
                return true;
            default:
                id = default;
                return false;
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (Text != null)
        {
            writer.WriteStringValue(Text);
        }
        else
        {
            writer.WriteNumberValue(Number);
        }
    }

    public bool Equals(RequestId other) => Number == other.Number && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is RequestId other && Equals(other);

    public override int GetHashCode() => Text != null ? StringComparer.Ordinal.GetHashCode(Text) : Number.GetHashCode();

    public override string ToString() => Text ?? Number.ToString(CultureInfo.InvariantCulture);
}

public sealed class RequestIdConverter : JsonConverter<RequestId>
{
    public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var doc = JsonDocument.ParseValue(ref reader);
        return RequestId.TryRead(doc.RootElement, out var id) ? id : throw new JsonException("A request id must be an integer or a string.");
    }

    public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options) => value.WriteTo(writer);
}
