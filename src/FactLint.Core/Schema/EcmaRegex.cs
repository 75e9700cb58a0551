using System;
using System.Text.RegularExpressions;

namespace FactLint.Schema;

/// <summary>
/// JSON Schema patterns are ECMA-262 regular expressions, run here on .NET's engine. The two agree
/// except where translated below: \d and \w (and \D, \W inside classes) are ASCII, $ is the end
/// of the text, and Unicode property names are ECMA's long ones. Both validators (FactLint's own
/// and JsonSchema.Net, through <see cref="Library.EcmaPatternKeyword"/>) compile patterns here, so
/// a pattern means the same whichever validates it.
/// <para>
/// A pattern runs on .NET's linear-time engine (<c>RegexOptions.NonBacktracking</c>) whenever that
/// engine takes it: no pattern can then run away, and none needs a time limit. A limit is a wall
/// clock, so on a loaded machine (collector pauses, two cores shared by twenty threads) it makes
/// findings depend on timing: a 100,000-claim run once reported the valid id <c>src-342</c> as not
/// matching <c>^[a-z0-9][a-z0-9._-]*$</c>, and the next run did not. Only the patterns that engine
/// refuses (backreferences, lookarounds) run on the backtracking one, with the limit.
/// </para>
/// </summary>
internal static class EcmaRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Compiles a schema's pattern; <paramref name="pointer"/> says where it stands, for the message if it is not valid (null where the caller does not know: JsonSchema.Net hands its keywords their value alone).</summary>
    /// <exception cref="SchemaLoadException">The pattern is not a valid regular expression.</exception>
    public static Regex Create(string pattern, string? pointer)
    {
        var translated = EcmaToDotNet(pattern);
        try
        {
            // Both engines share one parser: a pattern that is not valid fails the same way on either.
            return NonBacktracking(translated) ?? new Regex(translated, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException ex)
        {
            var where = pointer == null ? string.Empty : " at " + pointer;
            throw new SchemaLoadException($"The pattern '{pattern}'{where} is not a valid regular expression: {ex.Message}; correct it in the schema.", ex);
        }
    }

    /// <summary>
    /// One of FactLint's own patterns (format grammars, checks of a pattern's syntax): on the
    /// linear-time engine where it takes the pattern, else on the backtracking one without a time
    /// limit, for the same reason as above. The patterns that need the latter (lookarounds) are
    /// written to run in linear time: no quantified group inside another.
    /// </summary>
    public static Regex Own(string pattern) => NonBacktracking(pattern) ?? new Regex(pattern, RegexOptions.CultureInvariant);

    private static Regex? NonBacktracking(string pattern)
    {
#if NET
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // Backreferences, lookarounds, atomic groups: only the backtracking engine runs them.
        }
#endif
        return null;
    }

    /// <summary>ECMA-262 accepts long general-category names (\p{Letter}); .NET knows only the short ones (\p{L}).</summary>
    private static string UnicodePropertyName(string name) => name switch
    {
        "Letter" => "L",
        "Uppercase_Letter" => "Lu",
        "Lowercase_Letter" => "Ll",
        "Titlecase_Letter" => "Lt",
        "Modifier_Letter" => "Lm",
        "Other_Letter" => "Lo",
        "Mark" => "M",
        "Nonspacing_Mark" => "Mn",
        "Spacing_Mark" => "Mc",
        "Enclosing_Mark" => "Me",
        "Number" => "N",
        "Decimal_Number" or "digit" => "Nd",
        "Letter_Number" => "Nl",
        "Other_Number" => "No",
        "Punctuation" or "punct" => "P",
        "Connector_Punctuation" => "Pc",
        "Dash_Punctuation" => "Pd",
        "Open_Punctuation" => "Ps",
        "Close_Punctuation" => "Pe",
        "Initial_Punctuation" => "Pi",
        "Final_Punctuation" => "Pf",
        "Other_Punctuation" => "Po",
        "Symbol" => "S",
        "Math_Symbol" => "Sm",
        "Currency_Symbol" => "Sc",
        "Modifier_Symbol" => "Sk",
        "Other_Symbol" => "So",
        "Separator" => "Z",
        "Space_Separator" => "Zs",
        "Line_Separator" => "Zl",
        "Paragraph_Separator" => "Zp",
        "Other" => "C",
        "Control" or "cntrl" => "Cc",
        "Format" => "Cf",
        "Surrogate" => "Cs",
        "Private_Use" => "Co",
        "Unassigned" => "Cn",
        _ => name.StartsWith("General_Category=", StringComparison.Ordinal) || name.StartsWith("gc=", StringComparison.Ordinal)
            ? UnicodePropertyName(name.Substring(name.IndexOf('=') + 1))
            : name,
    };

    /// <summary>Every UTF-16 code unit but 0-9, as a character-class body.</summary>
    private const string NotAsciiDigit = @"\u0000-\u002F\u003A-\uFFFF";

    /// <summary>Every UTF-16 code unit but a-z, A-Z, 0-9 and _, as a character-class body.</summary>
    private const string NotAsciiWord = @"\u0000-\u002F\u003A-\u0040\u005B-\u005E\u0060\u007B-\uFFFF";

    public static string EcmaToDotNet(string pattern)
    {
        var sb = new System.Text.StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var n = pattern[i + 1];
                i++;
                switch (n)
                {
                    case 'p' or 'P' when i + 1 < pattern.Length && pattern[i + 1] == '{':
                        var close = pattern.IndexOf('}', i + 1);
                        if (close < 0)
                        {
                            sb.Append('\\').Append(n);
                            break;
                        }

                        var name = pattern.Substring(i + 2, close - i - 2);
                        if (name is "Cased_Letter" or "LC")
                        {
                            // .NET has no LC: the cased letters are Lu, Ll and Lt (not Lm or Lo, as plain L would admit).
                            if (n == 'p')
                            {
                                sb.Append(inClass ? @"\p{Lu}\p{Ll}\p{Lt}" : @"[\p{Lu}\p{Ll}\p{Lt}]");
                            }
                            else if (!inClass)
                            {
                                sb.Append(@"[^\p{Lu}\p{Ll}\p{Lt}]");
                            }
                            else
                            {
                                throw new SchemaNotSupportedException($"\\P{{{name}}} inside a character class is not supported; write the class without it, or use \\p{{Lu}}, \\p{{Ll}} and \\p{{Lt}}.");
                            }
                        }
                        else
                        {
                            sb.Append('\\').Append(n).Append('{').Append(UnicodePropertyName(name)).Append('}');
                        }

                        i = close;
                        break;
                    case 'd':
                        sb.Append(inClass ? "0-9" : "[0-9]");
                        break;
                    case 'D':
                        // ECMA-262's \D is every character but 0-9; .NET's would also leave out other scripts' digits.
                        sb.Append(inClass ? NotAsciiDigit : "[^0-9]");
                        break;
                    case 'w':
                        sb.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                        break;
                    case 'W':
                        sb.Append(inClass ? NotAsciiWord : "[^a-zA-Z0-9_]");
                        break;
                    default:
                        sb.Append('\\').Append(n);
                        break;
                }

                continue;
            }

            if (c == '[' && !inClass)
            {
                inClass = true;
            }
            else if (c == ']' && inClass)
            {
                inClass = false;
            }
            else if (c == '$' && !inClass)
            {
                // ECMA-262's $ (no multiline flag) is the end of the text; .NET's also matches before a final line break.
                sb.Append(@"\z");
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
