using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Cli.Output;
using FactLint.Diagnostics;

namespace FactLint.Cli.Baselines;

/// <summary>
/// Findings accepted as they stand, so that a team can adopt FactLint on an existing corpus and
/// fail only on new ones. A finding is matched by rule, file and <see cref="DiagnosticFingerprint"/>
/// — never by line — and as a multiset: two identical old findings excuse two, not three.
/// </summary>
public sealed class Baseline
{
    public const string DefaultFileName = "factlint-baseline.json";

    private readonly Dictionary<(string Id, string File, string Fingerprint), int> _counts;

    private Baseline(Dictionary<(string, string, string), int> counts, int total)
    {
        _counts = counts;
        Count = total;
    }

    public int Count { get; }

    /// <summary>The findings not in the baseline, in their order.</summary>
    public List<Diagnostic> New(IReadOnlyList<Diagnostic> diagnostics)
    {
        var remaining = new Dictionary<(string, string, string), int>(_counts);
        var fingerprints = DiagnosticFingerprint.Compute(diagnostics);
        var result = new List<Diagnostic>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var key = (diagnostics[i].Id, diagnostics[i].Location.Path, fingerprints[i]);
            if (remaining.TryGetValue(key, out var n) && n > 0)
            {
                remaining[key] = n - 1;
            }
            else
            {
                result.Add(diagnostics[i]);
            }
        }

        return result;
    }

    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics)
    {
        var fingerprints = DiagnosticFingerprint.Compute(diagnostics);
        using var w = JsonOutput.CreateWriter(output);
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteString("tool", "factlint " + ToolVersion.Semantic);
        w.WriteStartArray("findings");
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("file", d.Location.Path);
            w.WriteString("fingerprint", fingerprints[i]);
            // For people reading the file; matching ignores them.
            w.WriteNumber("line", d.Location.LineSpan.Start.Line + 1);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <exception cref="FormatException">The file is not a FactLint baseline; the message says why.</exception>
    public static Baseline Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"it is not JSON ({ex.Message})", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
            {
                throw new FormatException("it has no \"version\": 1 (write it with `factlint baseline`)");
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("it has no \"findings\" array");
            }

            var counts = new Dictionary<(string, string, string), int>();
            var total = 0;
            foreach (var f in findings.EnumerateArray())
            {
                if (f.ValueKind != JsonValueKind.Object
                    || !f.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !f.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String
                    || !f.TryGetProperty("fingerprint", out var fp) || fp.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException($"finding {total + 1} lacks a string \"id\", \"file\" or \"fingerprint\"");
                }

                var key = (id.GetString()!, file.GetString()!, fp.GetString()!);
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
                total++;
            }

            return new Baseline(counts, total);
        }
    }
}
