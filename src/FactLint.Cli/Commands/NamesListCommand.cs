using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Cli.Output;
using FactLint.Names;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint names --list FILE</c>: clusters the names of a file, one per line (a CMS export, a style guide's list).</summary>
public static class NamesListCommand
{
    public static int Run(string file, OutputFormat format, NameComparer comparer, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factlint: error: cannot read '{file}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        var names = lines.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var clusters = NameClusters.Build(names, comparer, out var comparisons);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(stdout, openStdout, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("names", names.Count);
                w.WriteNumber("comparisons", comparisons);
                w.WriteStartArray("clusters");
                foreach (var c in clusters)
                {
                    w.WriteStartArray();
                    foreach (var i in c)
                    {
                        w.WriteStringValue(names[i]);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Clean;
        }

        stdout.WriteLine($"{clusters.Count} clusters among {names.Count} distinct names ({comparisons} comparisons).");
        foreach (var c in clusters)
        {
            stdout.WriteLine("  " + string.Join("  |  ", c.Select(i => names[i])));
        }

        return ExitCodes.Clean;
    }
}
