// JsonSchema.Net 8.0.5 against FactLint's own validator (docs/schema-validator.md): the draft 2020-12
// required tests of the JSON-Schema-Test-Suite, and the fact-file schema over a corpus.
//   dotnet run -c Release -- SUITE_DIR CORPUS_DIR
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactLint.Syntax;
using FactLint.Workspace;
using Json.Schema;

var suite = args[0];
var corpusDir = args[1];

// 1. The test suite, required tests only (the optional/ folder left out), a fresh registry per group.
int passed = 0, failed = 0, remote = 0;
var failedGroups = new SortedDictionary<string, int>();
foreach (var file in Directory.GetFiles(suite, "*.json").OrderBy(f => f, StringComparer.Ordinal))
{
    using var doc = JsonDocument.Parse(File.ReadAllText(file));
    foreach (var group in doc.RootElement.EnumerateArray())
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var tests = group.GetProperty("tests").EnumerateArray().ToList();
        if (name == "refRemote" || group.GetProperty("schema").GetRawText().Contains("localhost:1234", StringComparison.Ordinal))
        {
            remote += tests.Count;
            continue;
        }

        JsonSchema? schema = null;
        try
        {
            schema = JsonSchema.Build(group.GetProperty("schema"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }
        catch (Exception)
        {
        }

        foreach (var test in tests)
        {
            bool ok;
            try
            {
                ok = schema != null && schema.Evaluate(test.GetProperty("data"), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid == test.GetProperty("valid").GetBoolean();
            }
            catch (Exception)
            {
                ok = false;
            }

            if (ok)
            {
                passed++;
            }
            else
            {
                failed++;
                failedGroups[name] = failedGroups.GetValueOrDefault(name) + 1;
            }
        }
    }
}

Console.WriteLine($"JSON-Schema-Test-Suite draft2020-12 (required): {passed} passed, {failed} failed, {remote} remote-ref tests left out");
foreach (var (g, n) in failedGroups)
{
    Console.WriteLine($"  failed in {g}: {n}");
}

// 2. The fact-file schema over a corpus: FactLint's validator on the YAML tree, JsonSchema.Net on the same tree written as JSON.
var loaded = WorkspaceLoader.Load(Path.GetFullPath(corpusDir));
var documents = loaded.Corpus.Documents.Where(d => d.Tree.Root != null).ToArray();
var schemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "factfile.schema.json"));
var theirs = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
var ours = FactLint.Schema.BuiltInSchemas.FactFile;

for (var round = 0; round < 4; round++)
{
    var t0 = Stopwatch.GetTimestamp();
    var ourErrors = 0;
    Parallel.ForEach(documents, d => System.Threading.Interlocked.Add(ref ourErrors, ours.Validate(d.Tree.Root).Count));
    var ourMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

    t0 = Stopwatch.GetTimestamp();
    var elements = new JsonElement[documents.Length];
    Parallel.For(0, documents.Length, i => elements[i] = ToJson(documents[i].Tree.Root!));
    var convertMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    t0 = Stopwatch.GetTimestamp();
    var theirErrors = 0;
    Parallel.For(0, documents.Length, i =>
    {
        // Flag first (valid files, the usual case, need nothing more); List only for an invalid one, for its errors' locations.
        var r = theirs.Evaluate(elements[i], new EvaluationOptions { OutputFormat = OutputFormat.Flag });
        if (!r.IsValid)
        {
            r = theirs.Evaluate(elements[i], new EvaluationOptions { OutputFormat = OutputFormat.List });
            System.Threading.Interlocked.Add(ref theirErrors, r.Details?.Count(x => !x.IsValid && x.Errors != null) ?? 1);
        }
    });
    var theirMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    Console.WriteLine($"round {round}: {documents.Length} files: FactLint validator {ourMs:F0} ms ({ourErrors} errors); JsonSchema.Net {theirMs:F0} ms + {convertMs:F0} ms to JSON ({theirErrors} errors)");
}

static JsonElement ToJson(YamlNode node)
{
    var buffer = new ArrayBufferWriter<byte>();
    using (var w = new Utf8JsonWriter(buffer))
    {
        Write(w, node);
    }

    using var doc = JsonDocument.Parse(buffer.WrittenMemory);
    return doc.RootElement.Clone();
}

static void Write(Utf8JsonWriter w, YamlNode node)
{
    switch (node)
    {
        case YamlMapping m:
            w.WriteStartObject();
            foreach (var e in m.Entries)
            {
                w.WritePropertyName(e.Key is YamlScalar k ? k.Value : "?");
                Write(w, e.Value);
            }

            w.WriteEndObject();
            break;
        case YamlSequence s:
            w.WriteStartArray();
            foreach (var item in s.Items)
            {
                Write(w, item);
            }

            w.WriteEndArray();
            break;
        case YamlScalar { Type: ScalarType.Null }:
            w.WriteNullValue();
            break;
        case YamlScalar { Type: ScalarType.Boolean } b:
            w.WriteBooleanValue(b.TryGetBoolean(out var v) && v);
            break;
        case YamlScalar { IsNumber: true } n when double.TryParse(n.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d):
            w.WriteRawValue(n.Value.Contains('.', StringComparison.Ordinal) || n.Value.Contains('e', StringComparison.OrdinalIgnoreCase) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : n.Value);
            break;
        case YamlScalar s:
            w.WriteStringValue(s.Value);
            break;
        default:
            w.WriteNullValue();
            break;
    }
}
