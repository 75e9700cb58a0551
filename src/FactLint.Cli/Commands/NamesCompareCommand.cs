using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Cli.Output;
using FactLint.Names;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint names --compare A B</c>: the decision, the elements each name was read into, and how they were aligned.</summary>
public static class NamesCompareCommand
{
    public static int Run(string a, string b, OutputFormat format, NameComparer comparer, TextWriter stdout, Func<Stream> openStdout)
    {
        var result = comparer.Compare(a, b);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(stdout, openStdout, w =>
            {
                w.WriteStartObject();
                w.WriteString("a", a);
                w.WriteString("b", b);
                w.WriteBoolean("same", result.Same);
                w.WriteNumber("score", Math.Round(result.Score, 3));
                w.WriteString("reason", result.Reason);
                WriteTokens(w, "tokensA", result.A);
                WriteTokens(w, "tokensB", result.B);
                w.WriteStartArray("aligned");
                foreach (var m in result.Matches)
                {
                    w.WriteStartObject();
                    w.WriteString("a", Span(result.A, m.AStart, m.ACount));
                    w.WriteString("b", Span(result.B, m.BStart, m.BCount));
                    w.WriteNumber("similarity", Math.Round(m.Similarity, 3));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Clean;
        }

        stdout.WriteLine($"{(result.Same ? "same" : "different")} (score {result.Score.ToString("0.00", CultureInfo.InvariantCulture)}): {result.Reason}");
        WriteTokens(stdout, "A", result.A);
        WriteTokens(stdout, "B", result.B);
        stdout.WriteLine("aligned:");
        if (result.Matches.Count == 0)
        {
            stdout.WriteLine("  (nothing corresponds)");
        }

        foreach (var m in result.Matches)
        {
            stdout.WriteLine($"  {Span(result.A, m.AStart, m.ACount)} [{m.AFolded}]  ~  {Span(result.B, m.BStart, m.BCount)} [{m.BFolded}]  {m.Similarity.ToString("0.00", CultureInfo.InvariantCulture)}");
        }

        return ExitCodes.Clean;
    }

    private static string Span(ParsedName name, int start, int count) => string.Join(" ", name.Tokens.Skip(start).Take(count).Select(t => t.Text));

    private static void WriteTokens(TextWriter w, string label, ParsedName name) =>
        w.WriteLine($"{label}: {name.Text}\n   elements: {string.Join("  ", name.Tokens.Select(t => $"{t.Text} [{t.Folded}, key {t.Skeleton}{(t.Kind == NameTokenKind.Word ? string.Empty : ", " + t.Kind.ToString().ToLowerInvariant())}]"))}");

    private static void WriteTokens(Utf8JsonWriter w, string name, ParsedName parsed)
    {
        w.WriteStartArray(name);
        foreach (var t in parsed.Tokens)
        {
            w.WriteStartObject();
            w.WriteString("text", t.Text);
            w.WriteString("folded", t.Folded);
            w.WriteString("key", t.Skeleton);
            w.WriteString("kind", t.Kind.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
