// JsonSchema.Net 8.0.5 against FactLint's own validator (docs/schema-validator.md): the draft 2020-12
// required tests of the JSON-Schema-Test-Suite, and the fact-file schema over a corpus.
//   dotnet run -c Release -- SUITE_DIR CORPUS_DIR
using System;
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

// 2. The fact-file schema over a corpus: FactLint's validator on the YAML tree; the same schema on JsonSchema.Net
//    as FactLint runs it for a workspace schema its own validator refuses (LibrarySchema: the tree written as JSON,
//    Flag output, Hierarchical and FactLint's wording only for an invalid file); and JsonSchema.Net bare, on JSON
//    written beforehand, for what the library itself costs.
var loaded = WorkspaceLoader.Load(Path.GetFullPath(corpusDir));
var documents = loaded.Corpus.Documents.Where(d => d.Tree.Root != null).ToArray();
var schemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "factfile.schema.json"));
var theirs = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
var ours = FactLint.Schema.BuiltInSchemas.FactFile;
var asWorkspaceSchema = FactLint.Schema.Library.LibrarySchema.Build(schemaText, new FactLint.Schema.SchemaNotSupportedException("(measured)"));

for (var round = 0; round < 4; round++)
{
    var t0 = Stopwatch.GetTimestamp();
    var ourErrors = 0;
    Parallel.ForEach(documents, d => System.Threading.Interlocked.Add(ref ourErrors, ours.Validate(d.Tree.Root).Count));
    var ourMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

    t0 = Stopwatch.GetTimestamp();
    var libraryErrors = 0;
    Parallel.ForEach(documents, d => System.Threading.Interlocked.Add(ref libraryErrors, asWorkspaceSchema.Validate(d.Tree.Root).Count));
    var libraryMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;

    t0 = Stopwatch.GetTimestamp();
    var elements = new JsonElement[documents.Length];
    Parallel.For(0, documents.Length, i =>
    {
        elements[i] = ToJson(documents[i].Tree.Root!);
    });
    var convertMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    t0 = Stopwatch.GetTimestamp();
    var bareInvalid = 0;
    Parallel.For(0, documents.Length, i =>
    {
        if (!theirs.Evaluate(elements[i], new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            System.Threading.Interlocked.Increment(ref bareInvalid);
        }
    });
    var bareMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    Console.WriteLine($"round {round}: {documents.Length} files: FactLint validator {ourMs:F0} ms ({ourErrors} errors); as a workspace schema on JsonSchema.Net {libraryMs:F0} ms ({libraryErrors} errors); JsonSchema.Net bare {bareMs:F0} ms + {convertMs:F0} ms to JSON ({bareInvalid} files invalid)");
}

static JsonElement ToJson(YamlNode node)
{
    using var json = FactLint.Schema.Library.YamlAsJson.Write(node);
    return json.RootElement.Clone();
}
