using System.Linq;
using System.Text.RegularExpressions;

namespace FactLint.Schema.Library.FormatAssertion;

/// <summary>
/// The parts of RFC 3986's grammar JsonSchema.Net's uri, uri-reference, iri and iri-reference
/// checks let through: percent signs without two hex digits, brackets outside an IP-literal host,
/// two '@' in an authority, a port that is not digits, an IPv4 part of an IPv6 literal with a
/// leading zero, and a colon in the first segment of a relative path.
/// </summary>
internal static class UriShape
{
    private static readonly Regex IncompletePercent = EcmaRegex.Own("%(?![0-9A-Fa-f]{2})");

    private static readonly char[] AuthorityEnds = { '/', '?', '#' };

    private static readonly Regex Scheme = EcmaRegex.Own(@"\A[A-Za-z][A-Za-z0-9+.\-]*:");

    public static bool IsAcceptable(string s)
    {
        if (IncompletePercent.IsMatch(s))
        {
            return false;
        }

        var scheme = Scheme.Match(s);
        var rest = scheme.Success ? s.Substring(scheme.Length) : s;
        if (!rest.StartsWith("//", System.StringComparison.Ordinal))
        {
            // No authority: brackets have no place, and a relative path's first segment may not hold a colon (it would read as a scheme).
            var firstSegment = rest.Split(AuthorityEnds)[0];
            return rest.IndexOf('[') < 0 && rest.IndexOf(']') < 0 && (scheme.Success || firstSegment.IndexOf(':') < 0);
        }

        var end = rest.IndexOfAny(AuthorityEnds, 2);
        var authority = end < 0 ? rest.Substring(2) : rest.Substring(2, end - 2);
        var afterAuthority = end < 0 ? string.Empty : rest.Substring(end);
        if (afterAuthority.IndexOf('[') >= 0 || afterAuthority.IndexOf(']') >= 0 || authority.Count(c => c == '@') > 1)
        {
            return false;
        }

        var host = authority.Substring(authority.IndexOf('@') + 1);
        string port;
        if (host.StartsWith("[", System.StringComparison.Ordinal))
        {
            var close = host.IndexOf(']');
            if (close < 0 || Ipv6.EmbeddedIpv4HasLeadingZero(host.Substring(1, close - 1)))
            {
                return false;
            }

            port = host.Substring(close + 1);
            if (port.Length > 0 && port[0] != ':')
            {
                return false;
            }
        }
        else
        {
            if (host.IndexOf('[') >= 0 || host.IndexOf(']') >= 0)
            {
                return false;
            }

            var colon = host.LastIndexOf(':');
            port = colon < 0 ? string.Empty : host.Substring(colon);
        }

        return port.Skip(1).All(c => c is >= '0' and <= '9');
    }
}
