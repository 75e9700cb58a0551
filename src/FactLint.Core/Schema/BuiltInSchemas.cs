using System;
using System.IO;
using System.Reflection;

namespace FactLint.Schema;

/// <summary>The schemas shipped in <c>schemas/</c>, embedded in the engine so every host validates against the same copy.</summary>
public static class BuiltInSchemas
{
    private static readonly Lazy<JsonSchema> FactFileSchema = new(() => SchemaCompiler.Compile(ReadResource("factfile.schema.json")));
    private static readonly Lazy<JsonSchema> ConfigSchema = new(() => SchemaCompiler.Compile(ReadResource("factlint-config.schema.json")));

    public static JsonSchema FactFile => FactFileSchema.Value;

    public static JsonSchema Config => ConfigSchema.Value;

    /// <summary>
    /// Starts compiling the fact-file schema on another thread, so that a host which will validate
    /// files (the CLI) has it ready when the first file is parsed instead of every thread waiting
    /// for it then: about 30 ms of a one-file lint's start-up.
    /// </summary>
    public static void CompileInBackground() => System.Threading.Tasks.Task.Run(() => FactFileSchema.Value);

    public static string ReadResource(string name)
    {
        using var stream = typeof(BuiltInSchemas).GetTypeInfo().Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in resource '{name}' is missing from FactLint.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
