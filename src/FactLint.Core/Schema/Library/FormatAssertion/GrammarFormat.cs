using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace FactLint.Schema.Library.FormatAssertion;

/// <summary>A format whose whole grammar is one regular expression, written here from its RFC (the library's is looser).</summary>
internal sealed class GrammarFormat : Format
{
    private readonly Regex _grammar;

    public GrammarFormat(string key, string grammar)
        : base(key)
    {
        _grammar = EcmaRegex.Own(grammar);
    }

    public override bool Validate(JsonElement value, out string? errorMessage)
    {
        errorMessage = null;
        return value.ValueKind != JsonValueKind.String || _grammar.IsMatch(value.GetString()!);
    }
}
