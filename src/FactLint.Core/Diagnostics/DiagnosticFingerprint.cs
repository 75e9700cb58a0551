using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using FactLint.Text;

namespace FactLint.Diagnostics;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file: rule, file, the text of the
/// flagged span and of its line (whitespace-collapsed), hashed — never the line number, so adding
/// a claim above a finding does not make it new. Identical findings in one file are told apart by
/// their order (<c>…:1</c>, <c>…:2</c>). Used by baselines and SARIF's partialFingerprints.
/// </summary>
public static class DiagnosticFingerprint
{
    /// <summary>Fingerprints of <paramref name="diagnostics"/>, in the same order.</summary>
    public static string[] Compute(IReadOnlyList<Diagnostic> diagnostics)
    {
        var result = new string[diagnostics.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var sha = SHA256.Create();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var hash = Hash(sha, diagnostics[i]);
            seen[hash] = seen.TryGetValue(hash, out var n) ? n + 1 : 1;
            result[i] = hash + ":" + seen[hash].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static string Hash(HashAlgorithm sha, Diagnostic d)
    {
        var location = d.Location;
        var text = location.Text;
        var span = location.Span;
        var spanText = span.End <= text.Length ? text.ToString(span) : string.Empty;
        var line = LineMap.Of(text).Line(Math.Min(span.Start, text.Length));
        var key = d.Id + "\0" + location.Path + "\0" + Collapse(spanText) + "\0" + Collapse(line.ToString());
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
        var sb = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            sb.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Trimmed, runs of whitespace as one space, at most 200 characters: re-indenting a block changes nothing.</summary>
    private static string Collapse(string s)
    {
        var sb = new StringBuilder(Math.Min(s.Length, 200));
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
            if (sb.Length >= 200)
            {
                break;
            }
        }

        return sb.ToString();
    }
}
