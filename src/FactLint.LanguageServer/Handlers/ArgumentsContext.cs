using System.Text.Json.Serialization;

namespace FactLint.LanguageServer.Handlers;

/// <summary>Source-generated JSON for command-link arguments (no reflection in the server).</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
internal sealed partial class ArgumentsContext : JsonSerializerContext
{
    /// <summary>A command's arguments: a document URI, a 0-based line and character.</summary>
    public static System.Collections.Generic.List<System.Text.Json.JsonElement> UriAndPosition(string uri, int line, int character)
    {
        var json = "[" + System.Text.Json.JsonSerializer.Serialize(uri, Default.String) + "," + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + character.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(document.RootElement.EnumerateArray(), e => e.Clone()));
    }
}
