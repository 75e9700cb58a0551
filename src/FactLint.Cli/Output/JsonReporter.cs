using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.Cli.Output;

/// <summary>
/// The JSON format of the spec (version 1). Lines and columns are 1-based, columns in UTF-16 code
/// units as editors count them. Field names are a contract: add, never rename.
/// </summary>
public static class JsonReporter
{
    private const int FlushBytes = 64 * 1024;

    // A report this long is written by several threads, a chunk of findings each, then copied out in order.
    private const int ChunkSize = 1_000;

    private static readonly byte[] Comma = { (byte)',' };
    private static readonly byte[] NewLine = { (byte)'\n' };

    public static void Write(Stream output, LintReport report)
    {
        if (report.Diagnostics.Count < 2 * ChunkSize || Environment.ProcessorCount < 2)
        {
            WriteSequential(output, report);
            return;
        }

        WriteInChunks(output, report);
    }

    /// <summary>One writer from the first byte to the last: what the chunked writing must equal byte for byte (tests compare them).</summary>
    internal static void WriteSequential(Stream output, LintReport report)
    {
        using var w = JsonOutput.CreateWriter(output);
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            WriteDiagnostic(w, d, report);
            if (w.BytesPending > FlushBytes)
            {
                // Stream the findings out: buffered whole, 60,000 of them are ~100 MB copied as the buffer grows.
                w.Flush();
            }
        }

        w.WriteEndArray();
        WriteSummary(w, report);
        w.WriteEndObject();
        w.Flush();
        output.Write(NewLine);
    }

    /// <summary>
    /// The findings in chunks, written side by side, a batch of chunks at a time so memory stays
    /// bounded. Every byte still comes from a <see cref="Utf8JsonWriter"/> in the state the single
    /// writer would be in there: each chunk's writer is first put inside the "diagnostics" array
    /// (its first finding then has no comma before it, so one is added between chunks), and the
    /// array's end comes from a writer that has written an element into it.
    /// </summary>
    private static void WriteInChunks(Stream output, LintReport report)
    {
        var diagnostics = report.Diagnostics;
        var head = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(head, JsonOutput.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteStartArray("diagnostics");
        }

        output.Write(head.WrittenSpan);
        var slots = Environment.ProcessorCount * 2;
        var buffers = new SegmentedBuffer[slots];
        for (var i = 0; i < slots; i++)
        {
            buffers[i] = new SegmentedBuffer();
        }

        var chunks = (diagnostics.Count + ChunkSize - 1) / ChunkSize;
        for (var first = 0; first < chunks; first += slots)
        {
            var batch = Math.Min(slots, chunks - first);
            Parallel.For(0, batch, k => WriteChunk(buffers[k], report, (first + k) * ChunkSize, head.WrittenCount));
            for (var k = 0; k < batch; k++)
            {
                if (first + k > 0)
                {
                    output.Write(Comma);
                }

                buffers[k].CopyTo(output, head.WrittenCount);
            }
        }

        var tail = new ArrayBufferWriter<byte>();
        int elementEnd;
        using (var w = new Utf8JsonWriter(tail, JsonOutput.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteStartArray("diagnostics");
            w.WriteNullValue();
            w.Flush();
            elementEnd = tail.WrittenCount;
            w.WriteEndArray();
            WriteSummary(w, report);
            w.WriteEndObject();
        }

        output.Write(tail.WrittenSpan.Slice(elementEnd));
        output.Write(NewLine);
    }

    private static void WriteChunk(SegmentedBuffer buffer, LintReport report, int from, int headLength)
    {
        buffer.Clear();
        using var w = new Utf8JsonWriter(buffer, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteStartArray("diagnostics");
        w.Flush();
        if (buffer.WrittenCount != headLength)
        {
            throw new InvalidOperationException("A chunk's writer did not start where the report's did.");
        }

        var to = Math.Min(report.Diagnostics.Count, from + ChunkSize);
        for (var i = from; i < to; i++)
        {
            WriteDiagnostic(w, report.Diagnostics[i], report);
        }

        w.Flush();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, LintReport report)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("name", d.Descriptor.CustomTags.FirstOrDefault() ?? d.Id);
        w.WriteString("severity", d.Severity.ToName());
        w.WriteString("message", d.Message);
        w.WriteString("file", d.Location.Path);
        WriteRange(w, d.Location.LineSpan);
        w.WriteString("helpUri", d.Descriptor.HelpLinkUri);
        w.WriteStartArray("related");
        foreach (var r in d.Related)
        {
            w.WriteStartObject();
            w.WriteString("file", r.Location.Path);
            WriteRange(w, r.Location.LineSpan);
            w.WriteString("message", r.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("fixes");
        foreach (var f in d.Fixes)
        {
            w.WriteStartObject();
            w.WriteString("title", f.Title);
            w.WriteBoolean("safe", f.IsSafe);
            w.WriteString("applicability", f.Applicability switch
            {
                FixApplicability.Safe => "safe",
                FixApplicability.Unsafe => "unsafe",
                _ => "display-only",
            });
            w.WriteString("key", f.EquivalenceKey);
            w.WriteBoolean("preferred", f.IsPreferred);
            w.WriteBoolean("placeholder", f.IsPlaceholder);
            w.WriteStartArray("edits");
            foreach (var e in f.Edits)
            {
                w.WriteStartObject();
                w.WriteString("file", e.Path);
                var text = e.Path == d.Location.Path ? d.Location.Text : report.TextOf(e.Path);
                WriteRange(w, (text == null ? default : LineMap.Of(text).GetLinePositionSpan(e.Span)));
                w.WriteString("newText", e.NewText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, LintReport report)
    {
        int error = 0, warning = 0, info = 0, hint = 0;
        foreach (var d in report.Diagnostics)
        {
            switch (d.Severity)
            {
                case Severity.Error: error++; break;
                case Severity.Warning: warning++; break;
                case Severity.Info: info++; break;
                case Severity.Hint: hint++; break;
            }
        }

        w.WriteStartObject("summary");
        w.WriteNumber("files", report.FileCount);
        w.WriteNumber("error", error);
        w.WriteNumber("warning", warning);
        w.WriteNumber("info", info);
        w.WriteNumber("hint", hint);
        w.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter w, LinePositionSpan span)
    {
        w.WriteNumber("line", span.Start.Line + 1);
        w.WriteNumber("column", span.Start.Character + 1);
        w.WriteNumber("endLine", span.End.Line + 1);
        w.WriteNumber("endColumn", span.End.Character + 1);
    }
}
