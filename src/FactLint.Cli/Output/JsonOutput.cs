using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactLint.Cli.Output;

/// <summary>The CLI's JSON writing: indented, non-ASCII letters as they are (names are not escaped to \u sequences), straight to stdout's bytes.</summary>
public static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Utf8JsonWriter CreateWriter(Stream output) => new(output, Options);

    /// <summary>Flushes pending text on stdout, then writes one JSON document to stdout's stream.</summary>
    public static void Write(TextWriter stdout, Func<Stream> openStdout, Action<Utf8JsonWriter> write)
    {
        stdout.Flush();
        using var stream = openStdout();
        using var w = CreateWriter(stream);
        write(w);
    }
}
