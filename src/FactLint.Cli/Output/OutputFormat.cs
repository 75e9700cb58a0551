using System;
using System.IO;

namespace FactLint.Cli.Output;

public enum OutputFormat
{
    Text,
    Json,
    Sarif,
    Github,
    Junit,
}

public static class OutputFormats
{
    public static readonly string[] Names = { "text", "json", "sarif", "github", "junit" };

    public static OutputFormat Parse(string? name) => name switch
    {
        "json" => OutputFormat.Json,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.Github,
        "junit" => OutputFormat.Junit,
        _ => OutputFormat.Text,
    };

    /// <summary>The format a file name implies (<c>.sarif</c>, <c>.json</c>, <c>.xml</c>, <c>.txt</c>), or null.</summary>
    public static OutputFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".sarif" => OutputFormat.Sarif,
        ".json" => path.EndsWith(".sarif.json", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Sarif : OutputFormat.Json,
        ".xml" => OutputFormat.Junit,
        ".txt" or ".log" => OutputFormat.Text,
        _ => null,
    };
}
