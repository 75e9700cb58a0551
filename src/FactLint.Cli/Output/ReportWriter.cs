using System;
using System.IO;
using System.Text;
using FactLint.Analysis;
using FactLint.Cli.Files;
using FactLint.Diagnostics;

namespace FactLint.Cli.Output;

/// <summary>Writes a report in one format to stdout or, atomically, to a file.</summary>
public static class ReportWriter
{
    public static void ToStdout(OutputFormat format, LintReport report, Severity failOn, Ansi ansi, TextWriter stdout, Func<Stream> openStdout)
    {
        switch (format)
        {
            case OutputFormat.Text:
                TextReporter.Write(stdout, report, ansi);
                break;
            case OutputFormat.Github:
                GithubReporter.Write(stdout, report);
                break;
            default:
                stdout.Flush();
                using (var stream = openStdout())
                {
                    WriteBinary(format, stream, report, failOn);
                }

                break;
        }
    }

    public static void ToFile(OutputFormat format, string path, LintReport report, Severity failOn)
    {
        using var buffer = new MemoryStream();
        switch (format)
        {
            case OutputFormat.Text:
            case OutputFormat.Github:
                using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\n" })
                {
                    if (format == OutputFormat.Text)
                    {
                        TextReporter.Write(writer, report, new Ansi(false));
                    }
                    else
                    {
                        GithubReporter.Write(writer, report);
                    }
                }

                break;
            default:
                WriteBinary(format, buffer, report, failOn);
                break;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null)
        {
            Directory.CreateDirectory(folder);
        }

        AtomicFile.WriteAllBytes(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static void WriteBinary(OutputFormat format, Stream stream, LintReport report, Severity failOn)
    {
        switch (format)
        {
            case OutputFormat.Sarif:
                SarifReporter.Write(stream, report, RuleCatalog.Default);
                break;
            case OutputFormat.Junit:
                JunitReporter.Write(stream, report, failOn);
                break;
            default:
                JsonReporter.Write(stream, report);
                break;
        }
    }
}
