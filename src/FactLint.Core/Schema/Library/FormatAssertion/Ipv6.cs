using System.Linq;

namespace FactLint.Schema.Library.FormatAssertion;

/// <summary>What JsonSchema.Net's ipv6 check lets through: brackets around the address, and a leading zero in its IPv4 part.</summary>
internal static class Ipv6
{
    public static bool IsAcceptable(string s) => s.IndexOf('[') < 0 && s.IndexOf(']') < 0 && !EmbeddedIpv4HasLeadingZero(s);

    /// <summary>"::ffff:192.168.01.1": an IPv4 octet is written without leading zeros (RFC 4291 section 2.2).</summary>
    public static bool EmbeddedIpv4HasLeadingZero(string address)
    {
        var tail = address.Substring(address.LastIndexOf(':') + 1);
        return tail.IndexOf('.') >= 0 && tail.Split('.').Any(octet => octet.Length > 1 && octet[0] == '0');
    }
}
