using System;
using System.Security.Cryptography;

namespace FactLint.Quotes;

/// <summary>
/// The key of an archive's text in a <see cref="IQuoteSearchCache"/>: SHA-256 of its UTF-16 code
/// units as they are, in hex. Not of its UTF-8: that would turn a broken surrogate into U+FFFD and
/// give two different texts one key.
/// </summary>
public static class QuoteSearchKey
{
    public static string Of(string archiveText)
    {
#if NET
        return System.Convert.ToHexString(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(archiveText.AsSpan())));
#else
        var units = new byte[archiveText.Length * 2];
        for (var i = 0; i < archiveText.Length; i++)
        {
            units[2 * i] = (byte)archiveText[i];
            units[(2 * i) + 1] = (byte)(archiveText[i] >> 8);
        }

        using var sha = SHA256.Create();
        var hex = new System.Text.StringBuilder(64);
        foreach (var b in sha.ComputeHash(units))
        {
            hex.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
#endif
    }
}
