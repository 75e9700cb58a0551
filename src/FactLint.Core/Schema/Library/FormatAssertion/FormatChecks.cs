using System;
using System.Linq;
using System.Text.RegularExpressions;
using Json.Schema;

namespace FactLint.Schema.Library.FormatAssertion;

/// <summary>
/// The format checkers used when a workspace asks for format assertion (<c>schema_format: assert</c>):
/// JsonSchema.Net's, made stricter where the suite's optional format tests showed them too lenient.
/// The failures left are listed in docs/schema-validator.md and pinned by JsonSchemaFormatAssertionTests.
/// </summary>
internal static class FormatChecks
{
    /// <summary>RFC 3339 Appendix A: a year needs months before days, hours need minutes before seconds, weeks stand alone.</summary>
    private const string Duration =
        @"\AP(?:[0-9]+W|(?:(?:[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?|[0-9]+M(?:[0-9]+D)?|[0-9]+D)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?)|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))\z";

    /// <summary>RFC 6570 section 2: literals, and expressions of an operator, varnames (dots only between characters), a prefix of 1–9999 or an explode.</summary>
    private const string UriTemplate =
        @"\A(?:[^\x00-\x20""%<>\\^`{|}\x7F]|%[0-9A-Fa-f]{2}|\{[+#./;?&]?" + VarSpec + "(?:," + VarSpec + @")*\})*\z";

    private const string VarChar = "(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})";

    private const string VarSpec = VarChar + @"(?:\.?" + VarChar + @")*(?::[1-9][0-9]{0,3}|\*)?";

    public static FormatRegistry Registry { get; } = Create();

    private static FormatRegistry Create()
    {
        var registry = new FormatRegistry();
        foreach (var format in new[] { Formats.DateTime, Formats.Date, Formats.Time, Formats.Uuid, Formats.Hostname, Formats.IdnHostname, Formats.Email, Formats.IdnEmail, Formats.Ipv4 })
        {
            registry.Register(new StricterFormat(format, NoSurroundingSpace));
        }

        foreach (var format in new[] { Formats.Uri, Formats.UriReference, Formats.Iri, Formats.IriReference })
        {
            registry.Register(new StricterFormat(format, s => NoSurroundingSpace(s) && UriShape.IsAcceptable(s)));
        }

        registry.Register(new StricterFormat(Formats.Ipv6, s => NoSurroundingSpace(s) && Ipv6.IsAcceptable(s)));
        registry.Register(new EcmaRegexFormat());
        registry.Register(new GrammarFormat("duration", Duration));
        registry.Register(new GrammarFormat("uri-template", UriTemplate));
        return registry;
    }

    /// <summary>No format allows white space around it (a C1 control such as U+0085 is not white space here: idn-email allows it).</summary>
    private static bool NoSurroundingSpace(string s) => s.Length == 0 || (!IsSpace(s[0]) && !IsSpace(s[s.Length - 1]));

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00A0' or '\u2028' or '\u2029' or '\uFEFF';
}
