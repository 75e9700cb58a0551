using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using FactLint.Analysis;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Diagnostic = FactLint.Diagnostics.Diagnostic;

namespace FactLint.Cli.Caching;

/// <summary>
/// A whole run's findings as bytes and back: every place names its file through a table of paths,
/// since corpus findings point across files (and into archived sources). Decoding trusts nothing:
/// an unknown rule, a file that is not there or a span outside its text makes the whole entry unusable.
/// </summary>
public static class RunCodec
{
    private const int SegmentSize = 2_000;

    public static void Encode(BinaryWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        var paths = new Table();

        // Every text once, findings refer to it: thousands of findings about one spelling or one
        // missing source say the same words (and decoded, they share the strings again).
        var strings = new Table();
        int PathIndex(string path) => paths.IndexOf(path);
        int Text(string text) => strings.IndexOf(text);

        // The findings go in segments that decode independently, so a warm run decodes them on every core.
        var segments = new List<byte[]>();
        for (var from = 0; from < diagnostics.Count; from += SegmentSize)
        {
            using var body = new MemoryStream();
            using (var b = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                var to = Math.Min(diagnostics.Count, from + SegmentSize);
                b.Write(to - from);
                for (var i = from; i < to; i++)
                {
                    var d = diagnostics[i];
                    b.Write(Text(d.Id));
                    b.Write((byte)d.Severity);
                    b.Write(PathIndex(d.Location.Path));
                    DiagnosticCodec.WriteSpan(b, d.Location.Span);
                    b.Write(Text(d.Message));
                    b.Write(d.Related.Length);
                    foreach (var r in d.Related)
                    {
                        b.Write(PathIndex(r.Location.Path));
                        DiagnosticCodec.WriteSpan(b, r.Location.Span);
                        b.Write(Text(r.Message));
                    }

                    b.Write(d.Fixes.Length);
                    foreach (var f in d.Fixes)
                    {
                        b.Write(Text(f.Title));
                        b.Write((byte)f.Applicability);
                        b.Write(Text(f.EquivalenceKey));
                        b.Write((byte)((f.IsPreferred ? 1 : 0) | (f.IsPlaceholder ? 2 : 0)));
                        b.Write(f.Edits.Length);
                        foreach (var e in f.Edits)
                        {
                            b.Write(PathIndex(e.Path));
                            DiagnosticCodec.WriteSpan(b, e.Span);
                            b.Write(Text(e.NewText));
                        }
                    }
                }
            }

            segments.Add(body.ToArray());
        }

        paths.WriteTo(w);
        strings.WriteTo(w);

        w.Write(diagnostics.Count);
        w.Write(segments.Count);
        foreach (var segment in segments)
        {
            w.Write(segment.Length);
            w.Write(segment);
        }
    }

    /// <summary>Decodes from <paramref name="r"/>, whose stream must be a <see cref="MemoryStream"/> that exposes its buffer: the segments are decoded in parallel straight from it.</summary>
    /// <returns>The findings, or null when the bytes do not decode to findings that fit the texts <paramref name="textOf"/> gives.</returns>
    public static IReadOnlyList<Diagnostic>? Decode(BinaryReader r, Func<string, SourceText?> textOf, RuleCatalog rules)
    {
        if (r.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var buffer))
        {
            return null;
        }

        var pathCount = DiagnosticCodec.ReadCount(r);
        var paths = new string[pathCount];
        for (var i = 0; i < pathCount; i++)
        {
            paths[i] = r.ReadString();
        }

        // Every file a finding may point into, looked up once, before the segments are decoded side by side.
        var texts = new SourceText?[pathCount];
        for (var i = 0; i < pathCount; i++)
        {
            texts[i] = textOf(paths[i]);
        }

        var stringCount = r.ReadInt32();
        if (stringCount < 0 || stringCount > stream.Length)
        {
            return null;
        }

        var strings = new string[stringCount];
        for (var i = 0; i < stringCount; i++)
        {
            strings[i] = r.ReadString();
        }

        var total = r.ReadInt32();
        var segmentCount = r.ReadInt32();
        if (total < 0 || total > stream.Length || segmentCount < 0 || segmentCount > stream.Length)
        {
            return null;
        }

        var starts = new int[segmentCount];
        var lengths = new int[segmentCount];
        for (var k = 0; k < segmentCount; k++)
        {
            lengths[k] = r.ReadInt32();
            starts[k] = (int)stream.Position;
            if (lengths[k] < 0 || lengths[k] > stream.Length - stream.Position)
            {
                return null;
            }

            stream.Position += lengths[k];
        }

        var decoded = new List<Diagnostic>?[segmentCount];
        System.Threading.Tasks.Parallel.For(0, segmentCount, k =>
        {
            using var segment = new BinaryReader(new MemoryStream(buffer.Array!, buffer.Offset + starts[k], lengths[k], writable: false), System.Text.Encoding.UTF8);
            try
            {
                decoded[k] = DecodeSegment(segment, paths, texts, strings, rules);
            }
            catch (Exception ex) when (ex is IOException or FormatException or ArgumentException)
            {
                decoded[k] = null;
            }
        });

        var result = new List<Diagnostic>(total);
        foreach (var part in decoded)
        {
            if (part == null)
            {
                return null;
            }

            result.AddRange(part);
        }

        return result.Count == total ? result : null;
    }

    private static List<Diagnostic>? DecodeSegment(BinaryReader r, string[] paths, SourceText?[] texts, string[] strings, RuleCatalog rules)
    {
        // A text is an index into the table; out of range is a damaged entry.
        string Text()
        {
            var i = r.ReadInt32();
            return i >= 0 && i < strings.Length ? strings[i] : throw new FormatException("text index out of range");
        }

        // A place is a file's index and a span in it; null when either does not fit the file as it is now.
        SourceLocation? Place()
        {
            var where = r.ReadInt32();
            var placeText = where >= 0 && where < texts.Length ? texts[where] : null;
            return placeText != null && DiagnosticCodec.ReadSpan(r, placeText) is TextSpan placeSpan ? new SourceLocation(paths[where], placeText, placeSpan) : null;
        }

        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length)
        {
            return null;
        }

        var result = new List<Diagnostic>(count);
        for (var n = 0; n < count; n++)
        {
            var descriptor = DiagnosticCodec.Descriptor(Text(), rules);
            var severity = (Severity)r.ReadByte();
            var location = Place();
            if (descriptor == null || location == null || !Enum.IsDefined(severity))
            {
                return null;
            }

            var message = Text();
            var relatedCount = DiagnosticCodec.ReadCount(r);
            var related = ImmutableArray.CreateBuilder<RelatedLocation>(relatedCount);
            for (var k = relatedCount; k > 0; k--)
            {
                if (Place() is not { } relatedPlace)
                {
                    return null;
                }

                related.Add(new RelatedLocation(relatedPlace, Text()));
            }

            var fixCount = DiagnosticCodec.ReadCount(r);
            var fixes = ImmutableArray.CreateBuilder<CodeFix>(fixCount);
            for (var k = fixCount; k > 0; k--)
            {
                var title = Text();
                var applicability = (FixApplicability)r.ReadByte();
                var key = Text();
                var flags = r.ReadByte();
                var editCount = DiagnosticCodec.ReadCount(r);
                var edits = ImmutableArray.CreateBuilder<FileTextEdit>(editCount);
                for (var m = editCount; m > 0; m--)
                {
                    if (Place() is not { } editPlace)
                    {
                        return null;
                    }

                    edits.Add(new FileTextEdit(editPlace.Path, editPlace.Span, Text()));
                }

                if (!Enum.IsDefined(applicability) || flags > 3)
                {
                    return null;
                }

                fixes.Add(new CodeFix(title, applicability, edits.MoveToImmutable(), key) { IsPreferred = (flags & 1) != 0, IsPlaceholder = (flags & 2) != 0 });
            }

            result.Add(new Diagnostic(descriptor, severity, location, message, related.MoveToImmutable(), fixes.MoveToImmutable()));
        }

        return result;
    }

    /// <summary>Distinct strings in the order first met, each written once and referred to by its index.</summary>
    private sealed class Table
    {
        private readonly List<string> _items = new();
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public int IndexOf(string item)
        {
            if (!_index.TryGetValue(item, out var i))
            {
                i = _items.Count;
                _index[item] = i;
                _items.Add(item);
            }

            return i;
        }

        public void WriteTo(BinaryWriter w)
        {
            w.Write(_items.Count);
            foreach (var item in _items)
            {
                w.Write(item);
            }
        }
    }
}
