using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactLint.Diagnostics;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using Microsoft.CodeAnalysis.Text;
using FactLint.Text;
using SeverityLevel = FactLint.Diagnostics.Severity;

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
        var texts = new WriterTexts();
        foreach (var d in report.Diagnostics)
        {
            WriteDiagnostic(w, d, report, texts);
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
        var texts = new WriterTexts();
        for (var i = from; i < to; i++)
        {
            WriteDiagnostic(w, report.Diagnostics[i], report, texts);
        }

        w.Flush();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, LintReport report, WriterTexts texts)
    {
        var rule = texts.Of(d.Descriptor, d.Id);
        w.WriteStartObject();
        w.WriteString(Names.Id, rule.Id);
        w.WriteString(Names.Name, rule.Name);
        w.WriteString(Names.Severity, Names.SeverityOf(d.Severity));
        w.WriteString(Names.Message, d.Message);
        w.WriteString(Names.File, texts.PathOf(d.Location.Path));
        WriteRange(w, texts.LinesOf(d.Location.Text).GetLinePositionSpan(d.Location.Span));
        w.WriteString(Names.HelpUri, rule.HelpUri);
        w.WriteStartArray(Names.Related);
        foreach (var r in d.Related)
        {
            w.WriteStartObject();
            w.WriteString(Names.File, texts.PathOf(r.Location.Path));
            WriteRange(w, texts.LinesOf(r.Location.Text).GetLinePositionSpan(r.Location.Span));
            w.WriteString(Names.Message, r.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(Names.Fixes);
        foreach (var f in d.Fixes)
        {
            w.WriteStartObject();
            w.WriteString(Names.Title, f.Title);
            w.WriteBoolean(Names.Safe, f.IsSafe);
            w.WriteString(Names.Applicability, Names.ApplicabilityOf(f.Applicability));
            w.WriteString(Names.Key, f.EquivalenceKey);
            w.WriteBoolean(Names.Preferred, f.IsPreferred);
            w.WriteBoolean(Names.Placeholder, f.IsPlaceholder);
            w.WriteStartArray(Names.Edits);
            foreach (var e in f.Edits)
            {
                w.WriteStartObject();
                w.WriteString(Names.File, texts.PathOf(e.Path));
                var text = e.Path == d.Location.Path ? d.Location.Text : report.TextOf(e.Path);
                WriteRange(w, text == null ? default : texts.LinesOf(text).GetLinePositionSpan(e.Span));
                w.WriteString(Names.NewText, e.NewText);
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
        w.WriteNumber(Names.Line, span.Start.Line + 1);
        w.WriteNumber(Names.Column, span.Start.Character + 1);
        w.WriteNumber(Names.EndLine, span.End.Line + 1);
        w.WriteNumber(Names.EndColumn, span.End.Character + 1);
    }

    /// <summary>
    /// What one writer (a chunk of findings) looks up again and again: each rule's id, name and
    /// help link, and each file's path, encoded once; and the line maps of the files it wrote
    /// positions in (a finding's place, related places and edits are mostly in one file, the last).
    /// Looked up by reference: a descriptor's own hash code hashes its strings, and a run names a
    /// file mostly with one string and one text (another string with the same path is only
    /// encoded again: the output is the same).
    /// </summary>
    private sealed class WriterTexts
    {
        private readonly Dictionary<DiagnosticDescriptor, RuleTexts> _rules = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, JsonEncodedText> _paths = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<SourceText, LineMap> _lines = new(ReferenceEqualityComparer.Instance);
        private DiagnosticDescriptor? _lastDescriptor;
        private RuleTexts? _lastRule;
        private string? _lastPath;
        private JsonEncodedText _lastPathText;
        private SourceText? _lastText;
        private LineMap? _lastLines;

        public RuleTexts Of(DiagnosticDescriptor descriptor, string id)
        {
            if (ReferenceEquals(descriptor, _lastDescriptor))
            {
                return _lastRule!;
            }

            if (!_rules.TryGetValue(descriptor, out var texts))
            {
                texts = new RuleTexts(
                    JsonEncodedText.Encode(id, JsonOutput.Options.Encoder),
                    JsonEncodedText.Encode(descriptor.CustomTags.FirstOrDefault() ?? id, JsonOutput.Options.Encoder),
                    JsonEncodedText.Encode(descriptor.HelpLinkUri, JsonOutput.Options.Encoder));
                _rules[descriptor] = texts;
            }

            _lastDescriptor = descriptor;
            return _lastRule = texts;
        }

        public JsonEncodedText PathOf(string path)
        {
            if (ReferenceEquals(path, _lastPath))
            {
                return _lastPathText;
            }

            if (!_paths.TryGetValue(path, out var text))
            {
                text = JsonEncodedText.Encode(path, JsonOutput.Options.Encoder);
                _paths[path] = text;
            }

            _lastPath = path;
            return _lastPathText = text;
        }

        public LineMap LinesOf(SourceText text)
        {
            if (ReferenceEquals(text, _lastText))
            {
                return _lastLines!;
            }

            if (!_lines.TryGetValue(text, out var lines))
            {
                lines = LineMap.Of(text);
                _lines[text] = lines;
            }

            _lastText = text;
            return _lastLines = lines;
        }
    }

    private sealed record RuleTexts(JsonEncodedText Id, JsonEncodedText Name, JsonEncodedText HelpUri);

    /// <summary>The report's property names and fixed values, encoded once: a finding writes some 25 of them.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = Encode("id");
        public static readonly JsonEncodedText Name = Encode("name");
        public static readonly JsonEncodedText Severity = Encode("severity");
        public static readonly JsonEncodedText Message = Encode("message");
        public static readonly JsonEncodedText File = Encode("file");
        public static readonly JsonEncodedText HelpUri = Encode("helpUri");
        public static readonly JsonEncodedText Related = Encode("related");
        public static readonly JsonEncodedText Fixes = Encode("fixes");
        public static readonly JsonEncodedText Title = Encode("title");
        public static readonly JsonEncodedText Safe = Encode("safe");
        public static readonly JsonEncodedText Applicability = Encode("applicability");
        public static readonly JsonEncodedText Key = Encode("key");
        public static readonly JsonEncodedText Preferred = Encode("preferred");
        public static readonly JsonEncodedText Placeholder = Encode("placeholder");
        public static readonly JsonEncodedText Edits = Encode("edits");
        public static readonly JsonEncodedText NewText = Encode("newText");
        public static readonly JsonEncodedText Line = Encode("line");
        public static readonly JsonEncodedText Column = Encode("column");
        public static readonly JsonEncodedText EndLine = Encode("endLine");
        public static readonly JsonEncodedText EndColumn = Encode("endColumn");

        private static readonly JsonEncodedText[] Severities =
            { Encode(SeverityLevel.Error.ToName()), Encode(SeverityLevel.Warning.ToName()), Encode(SeverityLevel.Info.ToName()), Encode(SeverityLevel.Hint.ToName()) };

        private static readonly JsonEncodedText SafeFix = Encode("safe");
        private static readonly JsonEncodedText UnsafeFix = Encode("unsafe");
        private static readonly JsonEncodedText DisplayOnlyFix = Encode("display-only");

        public static JsonEncodedText SeverityOf(SeverityLevel severity) => severity switch
        {
            SeverityLevel.Error => Severities[0],
            SeverityLevel.Warning => Severities[1],
            SeverityLevel.Info => Severities[2],
            SeverityLevel.Hint => Severities[3],
            _ => Encode(severity.ToName()),
        };

        public static JsonEncodedText ApplicabilityOf(FixApplicability applicability) => applicability switch
        {
            FixApplicability.Safe => SafeFix,
            FixApplicability.Unsafe => UnsafeFix,
            _ => DisplayOnlyFix,
        };

        private static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, JsonOutput.Options.Encoder);
    }
}
