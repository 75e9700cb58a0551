using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace FactLint.Schema.Library.FormatAssertion;

/// <summary>
/// The <c>regex</c> format: an ECMA-262 regular expression, compiled as patterns are
/// (<see cref="EcmaRegex"/>). .NET's syntax is wider: inline flags (?i) and comments (?#…) are
/// and letter escapes ECMA does not define are refused here; ECMA's empty classes [] and [^] are accepted.
/// </summary>
internal sealed class EcmaRegexFormat : Format
{
    /// <summary>ECMA-262 groups: (?: (?= (?! (?&lt;= (?&lt;! and named (?&lt;name&gt;; an unescaped "(?" followed by anything else is .NET's.</summary>
    private static readonly Regex NonEcmaGroup = EcmaRegex.Own(@"(?<!\\)(?:\\\\)*\(\?(?![:=!]|<[=!]|<[A-Za-z_$])");

    /// <summary>A backslash before a letter ECMA-262 gives no meaning (\a, \e, \z…): .NET knows some of them, ECMA's unicode mode refuses them all.</summary>
    private static readonly Regex UnknownLetterEscape = EcmaRegex.Own(@"(?<!\\)(?:\\\\)*\\[ACE-OQRTUVXYZaeg-jlmoqyz]");

    public EcmaRegexFormat()
        : base("regex")
    {
    }

    public override bool Validate(JsonElement value, out string? errorMessage)
    {
        errorMessage = null;
        if (value.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var pattern = value.GetString()!;
        if (NonEcmaGroup.IsMatch(pattern) || UnknownLetterEscape.IsMatch(pattern))
        {
            return false;
        }

        try
        {
            EcmaRegex.Create(pattern.Replace("[^]", @"[\s\S]").Replace("[]", "(?!)"), null);
            return true;
        }
        catch (SchemaLoadException)
        {
            return false;
        }
        catch (SchemaNotSupportedException)
        {
            return false;
        }
    }
}
