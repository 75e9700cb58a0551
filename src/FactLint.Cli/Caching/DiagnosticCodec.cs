using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Rules.Structure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Diagnostic = FactLint.Diagnostics.Diagnostic;

namespace FactLint.Cli.Caching;

/// <summary>
/// A file's per-file findings as bytes and back. Decoding trusts nothing: a cache file may be
/// stale, truncated or planted, so an unknown rule, a span outside the text or any read error
/// makes the entry unusable (the file is simply checked again), never a wrong finding.
/// </summary>
public static class DiagnosticCodec
{
    /// <returns>The bytes, or null when a finding points outside its own file (such findings are not cached).</returns>
    public static byte[]? Encode(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer))
        {
            w.Write(diagnostics.Count);
            foreach (var d in diagnostics)
            {
                if (d.Location.Path != path)
                {
                    return null;
                }

                w.Write(d.Id);
                w.Write((byte)d.Severity);
                WriteSpan(w, d.Location.Span);
                w.Write(d.Message);
                w.Write(d.Related.Length);
                foreach (var r in d.Related)
                {
                    if (r.Location.Path != path)
                    {
                        return null;
                    }

                    WriteSpan(w, r.Location.Span);
                    w.Write(r.Message);
                }

                w.Write(d.Fixes.Length);
                foreach (var f in d.Fixes)
                {
                    WriteFixHeader(w, f);
                    foreach (var e in f.Edits)
                    {
                        if (e.Path != path)
                        {
                            return null;
                        }

                        WriteSpan(w, e.Span);
                        w.Write(e.NewText);
                    }
                }
            }
        }

        return buffer.ToArray();
    }

    /// <returns>The findings, or null when the bytes do not decode to findings that fit <paramref name="text"/>.</returns>
    public static IReadOnlyList<Diagnostic>? Decode(byte[] bytes, string path, SourceText text, RuleCatalog rules)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, writable: false));
            var count = r.ReadInt32();
            if (count < 0 || count > bytes.Length)
            {
                return null;
            }

            var result = new List<Diagnostic>(count);
            for (var i = 0; i < count; i++)
            {
                var id = r.ReadString();
                var descriptor = Descriptor(id, rules);
                var severity = (Severity)r.ReadByte();
                var span = ReadSpan(r, text);
                var message = r.ReadString();
                if (descriptor == null || span == null || !Enum.IsDefined(severity))
                {
                    return null;
                }

                var related = ImmutableArray.CreateBuilder<RelatedLocation>();
                for (var n = ReadCount(r); n > 0; n--)
                {
                    var relatedSpan = ReadSpan(r, text);
                    var relatedMessage = r.ReadString();
                    if (relatedSpan == null)
                    {
                        return null;
                    }

                    related.Add(new RelatedLocation(new SourceLocation(path, text, relatedSpan.Value), relatedMessage));
                }

                var fixes = ImmutableArray.CreateBuilder<CodeFix>();
                for (var n = ReadCount(r); n > 0; n--)
                {
                    var title = r.ReadString();
                    var applicability = (FixApplicability)r.ReadByte();
                    var key = r.ReadString();
                    var flags = r.ReadByte();
                    var edits = ImmutableArray.CreateBuilder<FileTextEdit>();
                    for (var m = ReadCount(r); m > 0; m--)
                    {
                        var editSpan = ReadSpan(r, text);
                        var newText = r.ReadString();
                        if (editSpan == null)
                        {
                            return null;
                        }

                        edits.Add(new FileTextEdit(path, editSpan.Value, newText));
                    }

                    if (!Enum.IsDefined(applicability) || flags > 3)
                    {
                        return null;
                    }

                    fixes.Add(new CodeFix(title, applicability, edits.ToImmutable(), key) { IsPreferred = (flags & 1) != 0, IsPlaceholder = (flags & 2) != 0 });
                }

                result.Add(new Diagnostic(descriptor, severity, new SourceLocation(path, text, span.Value), message, related.ToImmutable(), fixes.ToImmutable()));
            }

            return r.BaseStream.Position == bytes.Length ? result : null;
        }
        catch (Exception ex) when (ex is IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    internal static DiagnosticDescriptor? Descriptor(string id, RuleCatalog rules) =>
        id == InternalErrorRule.Definition.Id ? InternalErrorRule.Definition : rules.Find(id)?.Descriptor;

    /// <summary>A fix's title, applicability, key and flags, then its edit count (the edits follow, each codec writing its own).</summary>
    internal static void WriteFixHeader(BinaryWriter w, CodeFix fix)
    {
        w.Write(fix.Title);
        w.Write((byte)fix.Applicability);
        w.Write(fix.EquivalenceKey);
        w.Write((byte)((fix.IsPreferred ? 1 : 0) | (fix.IsPlaceholder ? 2 : 0)));
        w.Write(fix.Edits.Length);
    }

    internal static void WriteSpan(BinaryWriter w, TextSpan span)
    {
        w.Write(span.Start);
        w.Write(span.Length);
    }

    internal static TextSpan? ReadSpan(BinaryReader r, SourceText text)
    {
        var start = r.ReadInt32();
        var length = r.ReadInt32();
        return start < 0 || length < 0 || start > text.Length || length > text.Length - start ? null : new TextSpan(start, length);
    }

    internal static int ReadCount(BinaryReader r)
    {
        var n = r.ReadInt32();
        return n is < 0 or > 100_000 ? throw new FormatException("implausible count") : n;
    }
}
