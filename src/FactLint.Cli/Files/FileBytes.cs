using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Cli.Files;

/// <summary>
/// How a fact file's text goes back to bytes: UTF-8, with the byte-order mark if it had one. A
/// file whose bytes would not survive the round trip (invalid UTF-8, UTF-16) is never rewritten:
/// a fix must not change what it did not mean to.
/// </summary>
public static class FileBytes
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool HasBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Bom);

    /// <summary>True when <paramref name="text"/> encodes back to exactly <paramref name="original"/>.</summary>
    public static bool RoundTrips(byte[] original, SourceText text)
    {
        var body = HasBom(original) ? original.AsSpan(3) : original.AsSpan();
        byte[] encoded;
        try
        {
            encoded = Strict.GetBytes(text.ToString());
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        return body.SequenceEqual(encoded);
    }

    public static byte[] Encode(SourceText text, bool bom)
    {
        var body = Strict.GetBytes(text.ToString());
        if (!bom)
        {
            return body;
        }

        var bytes = new byte[body.Length + 3];
        Bom.CopyTo(bytes, 0);
        body.CopyTo(bytes, 3);
        return bytes;
    }
}
