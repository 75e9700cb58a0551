using System.IO;
using System.Linq;
using System.Text.Json;
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

    public static void Write(Stream output, LintReport report)
    {
        using var w = JsonOutput.CreateWriter(output);
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
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
            if (w.BytesPending > FlushBytes)
            {
                // Stream the findings out: buffered whole, 60,000 of them are ~100 MB copied as the buffer grows.
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("files", report.FileCount);
        w.WriteNumber("error", report.Diagnostics.Count(d => d.Severity == Severity.Error));
        w.WriteNumber("warning", report.Diagnostics.Count(d => d.Severity == Severity.Warning));
        w.WriteNumber("info", report.Diagnostics.Count(d => d.Severity == Severity.Info));
        w.WriteNumber("hint", report.Diagnostics.Count(d => d.Severity == Severity.Hint));
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteRange(Utf8JsonWriter w, LinePositionSpan span)
    {
        w.WriteNumber("line", span.Start.Line + 1);
        w.WriteNumber("column", span.Start.Character + 1);
        w.WriteNumber("endLine", span.End.Line + 1);
        w.WriteNumber("endColumn", span.End.Character + 1);
    }
}
