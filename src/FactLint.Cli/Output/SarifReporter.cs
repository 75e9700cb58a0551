using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Analysis;
using FactLint.Diagnostics;

using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other viewers: every rule's metadata and help link in
/// <c>tool.driver.rules</c>, related locations, fixes as artifact changes, and a stable
/// <c>partialFingerprints</c> entry (<see cref="DiagnosticFingerprint"/>) so that an alert is
/// tracked across commits rather than raised again when lines move. Columns are UTF-16 code units,
/// as <c>columnKind</c> says.
/// </summary>
public static class SarifReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(Stream output, LintReport report, RuleCatalog rules)
    {
        var ruleList = rules.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = ruleList.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var fingerprints = DiagnosticFingerprint.Compute(report.Diagnostics);
        var artifacts = new ArtifactUris(report);

        using var w = JsonOutput.CreateWriter(output);
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "FactLint");
        w.WriteString("semanticVersion", ToolVersion.Semantic);
        w.WriteString("informationUri", "https://github.com/factlint/factlint");
        w.WriteStartArray("rules");
        foreach (var rule in ruleList)
        {
            WriteRule(w, rule);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject("SRCROOT");
        w.WriteString("uri", new Uri(report.CurrentFolder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("results");
        for (var i = 0; i < report.Diagnostics.Count; i++)
        {
            var d = report.Diagnostics[i];
            w.WriteStartObject();
            w.WriteString("ruleId", d.Id);
            if (ruleIndex.TryGetValue(d.Id, out var index))
            {
                w.WriteNumber("ruleIndex", index);
            }

            w.WriteString("level", Level(d.Severity));
            w.WriteStartObject("message");
            w.WriteString("text", d.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            WriteLocation(w, artifacts, d.Location, null, null);
            w.WriteEndArray();
            if (d.Related.Length > 0)
            {
                w.WriteStartArray("relatedLocations");
                for (var r = 0; r < d.Related.Length; r++)
                {
                    WriteLocation(w, artifacts, d.Related[r].Location, d.Related[r].Message, r + 1);
                }

                w.WriteEndArray();
            }

            w.WriteStartObject("partialFingerprints");
            w.WriteString("factlint/v1", fingerprints[i]);
            w.WriteEndObject();
            var fixes = d.Fixes.Where(f => f.Applicability != FixApplicability.DisplayOnly && f.Edits.Length > 0).ToList();
            if (fixes.Count > 0)
            {
                w.WriteStartArray("fixes");
                foreach (var fix in fixes)
                {
                    WriteFix(w, report, artifacts, d, fix);
                }

                w.WriteEndArray();
            }

            if (d.Severity == Severity.Hint)
            {
                // SARIF has no hint level: it is a note, marked so that viewers may hide it.
                w.WriteStartObject("properties");
                w.WriteString("factlintSeverity", "hint");
                w.WriteEndObject();
            }

            w.WriteEndObject();
            if (w.BytesPending > FlushBytes)
            {
                // Stream the results out: buffered whole, 60,000 of them are ~250 MB copied as the buffer grows.
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private const int FlushBytes = 64 * 1024;

    private static void WriteRule(Utf8JsonWriter w, Rule rule)
    {
        var descriptor = rule.Descriptor;
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", ToPascal(rule.Name));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteString("helpUri", descriptor.HelpLinkUri);
        w.WriteStartObject("help");
        w.WriteString("text", $"{descriptor.Description} See {descriptor.HelpLinkUri}");
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(Diagnostic.DefaultSeverity(descriptor)));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", descriptor.Category);
        w.WriteBoolean("fixable", rule.IsFixable);
        w.WriteStartArray("tags");
        w.WriteStringValue(descriptor.Category);
        w.WriteStringValue(rule.Name);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, ArtifactUris artifacts, SourceLocation location, string? message, int? id)
    {
        w.WriteStartObject();
        if (id is int n)
        {
            w.WriteNumber("id", n);
        }

        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, artifacts, location.Path);
        WriteRegion(w, "region", location.LineSpan);
        w.WriteEndObject();
        if (message != null)
        {
            w.WriteStartObject("message");
            w.WriteString("text", message);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter w, LintReport report, ArtifactUris artifacts, Diagnostic d, CodeFix fix)
    {
        w.WriteStartObject();
        w.WriteStartObject("description");
        w.WriteString("text", fix.Title + (fix.IsSafe ? string.Empty : " (unsafe: check before applying)"));
        w.WriteEndObject();
        w.WriteStartArray("artifactChanges");
        foreach (var file in fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal))
        {
            var text = file.Key == d.Location.Path ? d.Location.Text : report.TextOf(file.Key);
            w.WriteStartObject();
            WriteArtifact(w, artifacts, file.Key);
            w.WriteStartArray("replacements");
            foreach (var e in file)
            {
                w.WriteStartObject();
                WriteRegion(w, "deletedRegion", (text == null ? default : LineMap.Of(text).GetLinePositionSpan(e.Span)));
                w.WriteStartObject("insertedContent");
                w.WriteString("text", e.NewText);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter w, ArtifactUris artifacts, string path)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", artifacts.Of(path));
        w.WriteString("uriBaseId", "SRCROOT");
        w.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter w, string name, LinePositionSpan span)
    {
        w.WriteStartObject(name);
        w.WriteNumber("startLine", span.Start.Line + 1);
        w.WriteNumber("startColumn", span.Start.Character + 1);
        w.WriteNumber("endLine", span.End.Line + 1);
        w.WriteNumber("endColumn", span.End.Character + 1);
        w.WriteEndObject();
    }

    /// <summary>Each file's URI as SARIF gives it, worked out once per report: a report names its files again and again.</summary>
    private sealed class ArtifactUris(LintReport report)
    {
        private readonly Dictionary<string, string> _uris = new(StringComparer.Ordinal);

        public string Of(string path)
        {
            if (!_uris.TryGetValue(path, out var uri))
            {
                uri = EscapeUri(report.RepositoryPath(path));
                _uris[path] = uri;
            }

            return uri;
        }
    }

    /// <summary>A relative URI reference: each path segment percent-encoded (spaces, #, ?, non-ASCII).</summary>
    private static string EscapeUri(string path) => string.Join("/", path.Split('/').Select(Uri.EscapeDataString));

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>SARIF rule names are identifiers by convention: figure-not-in-quote becomes FigureNotInQuote.</summary>
    private static string ToPascal(string kebab) =>
        string.Concat(kebab.Split('-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
}
