using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>
/// Turns a file's bytes into a <see cref="SourceText"/>, reporting rather than throwing on what
/// is not text: binary content, invalid UTF-8 (decoded with U+FFFD so the rest is still linted),
/// or a file over the size limit.
/// </summary>
public static class SourceDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodedSource Decode(byte[] bytes, ParseLimits? limits = null)
    {
        limits ??= ParseLimits.Default;
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            return new DecodedSource(
                SourceText.From(string.Empty),
                new SyntaxError(default, $"The file is {bytes.LongLength / (1024 * 1024)} MB, over the {limits.MaxFileBytes / (1024 * 1024)} MB limit for a fact file; split it into smaller files."),
                isText: false);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new DecodedSource(SourceText.From(utf16.GetString(bytes, 2, bytes.Length - 2)), null, isText: true);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, offset, Math.Min(8192, bytes.Length - offset));
        if (nul >= 0)
        {
            return new DecodedSource(
                SourceText.From(string.Empty),
                new SyntaxError(default, $"The file looks binary (a NUL byte at offset {nul}), not YAML text; remove it from the corpus or exclude it in factlint.yaml."),
                isText: false);
        }

        var invalidAt = FindInvalidUtf8(bytes, offset);
        if (invalidAt < 0)
        {
            return new DecodedSource(SourceText.From(StrictUtf8.GetString(bytes, offset, bytes.Length - offset)), null, isText: true);
        }

        var text = LenientUtf8.GetString(bytes, offset, bytes.Length - offset);
        var charIndex = LenientUtf8.GetCharCount(bytes, offset, invalidAt - offset);
        var span = new TextSpan(Math.Min(charIndex, text.Length), charIndex < text.Length ? 1 : 0);
        return new DecodedSource(
            SourceText.From(text),
            new SyntaxError(span, $"The file is not valid UTF-8 (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}); it was read with replacement characters. Save it as UTF-8."),
            isText: true);
    }

    /// <summary>
    /// The checks <see cref="Decode"/> makes on bytes, made on a text an editor sent: the same size
    /// limit (counted in UTF-8 bytes) and the same NUL test over the first 8 KB, so that the editor
    /// refuses exactly what the CLI refuses, with the same words.
    /// </summary>
    public static SyntaxError? CheckText(SourceText text, ParseLimits? limits = null)
    {
        limits ??= ParseLimits.Default;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if ((long)text.Length * 3 > limits.MaxFileBytes)
        {
            long bytes = 0;
            for (var i = start; i < text.Length; i++)
            {
                // A surrogate half is two of the four bytes of its pair; a lone one is replaced by U+FFFD (three).
                var c = text[i];
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
            }

            if (bytes > limits.MaxFileBytes)
            {
                return new SyntaxError(default, $"The file is {bytes / (1024 * 1024)} MB, over the {limits.MaxFileBytes / (1024 * 1024)} MB limit for a fact file; split it into smaller files.");
            }
        }

        // Copied out once: an edited text is a tree of segments, slow to index char by char.
        var head = new char[Math.Min(text.Length - start, 8192)];
        text.CopyTo(start, head, 0, head.Length);
        long offset = 0;
        for (var k = 0; k < head.Length && offset < 8192; k++)
        {
            var c = head[k];
            if (c == '\0')
            {
                return new SyntaxError(default, $"The file looks binary (a NUL byte at offset {offset + (start * 3)}), not YAML text; remove it from the corpus or exclude it in factlint.yaml.");
            }

            offset += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        return null;
    }

    /// <summary>The offset of the first byte that breaks UTF-8 (RFC 3629), or -1.</summary>
    public static int FindInvalidUtf8(byte[] b, int start)
    {
        var i = start;
        while (i < b.Length)
        {
            var c = b[i];
            if (c < 0x80)
            {
                i++;
                continue;
            }

            int need;
            int min;
            if ((c & 0xE0) == 0xC0)
            {
                need = 1;
                min = 0x80;
            }
            else if ((c & 0xF0) == 0xE0)
            {
                need = 2;
                min = 0x800;
            }
            else if ((c & 0xF8) == 0xF0)
            {
                need = 3;
                min = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + need >= b.Length)
            {
                return i;
            }

            var cp = c & (0x3F >> need);
            for (var k = 1; k <= need; k++)
            {
                var cc = b[i + k];
                if ((cc & 0xC0) != 0x80)
                {
                    return i;
                }

                cp = (cp << 6) | (cc & 0x3F);
            }

            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            {
                return i;
            }

            i += need + 1;
        }

        return -1;
    }
}
