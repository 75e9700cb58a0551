using System;
using System.Text.Json;
using Json.Schema;

namespace FactLint.Schema.Library.FormatAssertion;

/// <summary>
/// A JsonSchema.Net format with a check of FactLint's before it. The library tests several formats
/// with .NET regexes, whose <c>$</c> also matches before a final line break, and leaves some
/// rules of the RFCs out; what the check refuses, the library is never asked about.
/// </summary>
internal sealed class StricterFormat : Format
{
    private readonly Format _library;
    private readonly Func<string, bool> _acceptable;

    public StricterFormat(Format library, Func<string, bool> acceptable)
        : base(library.Key)
    {
        _library = library;
        _acceptable = acceptable;
    }

    public override bool Validate(JsonElement value, out string? errorMessage)
    {
        if (value.ValueKind == JsonValueKind.String && !_acceptable(value.GetString()!))
        {
            errorMessage = null;
            return false;
        }

        return _library.Validate(value, out errorMessage);
    }
}
