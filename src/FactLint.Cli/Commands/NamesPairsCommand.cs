using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Cli.Output;
using FactLint.Names;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint names --pairs FILE.tsv</c>: decides every row; where rows carry labels, prints the
/// misjudged rows and precision / recall / F1, overall and by the optional fourth column.
/// </summary>
public static class NamesPairsCommand
{
    public static int Run(string file, OutputFormat format, NameComparer comparer, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factlint: error: cannot read '{file}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        var pairs = NamePairFile.Parse(text, out var errors);
        foreach (var e in errors)
        {
            stderr.WriteLine($"factlint: error: {file}: {e}");
        }

        if (errors.Count > 0)
        {
            return ExitCodes.UsageError;
        }

        var decisions = pairs.Select(p => (Pair: p, Result: comparer.Compare(p.A, p.B, NameComparer.EntityTypeOfGroup(p.Group)))).ToList();
        var labelled = decisions.Where(d => d.Pair.Same.HasValue).ToList();
        var overall = labelled.Aggregate(MatchScores.Empty, (s, d) => s.Add(d.Result.Same, d.Pair.Same!.Value));
        var byGroup = labelled.Where(d => d.Pair.Group != null)
            .GroupBy(d => d.Pair.Group!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Scores: g.Aggregate(MatchScores.Empty, (s, d) => s.Add(d.Result.Same, d.Pair.Same!.Value))))
            .ToList();

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(stdout, openStdout, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("pairs");
                foreach (var (pair, result) in decisions)
                {
                    w.WriteStartObject();
                    w.WriteString("a", pair.A);
                    w.WriteString("b", pair.B);
                    w.WriteBoolean("same", result.Same);
                    w.WriteNumber("score", Math.Round(result.Score, 3));
                    if (pair.Same.HasValue)
                    {
                        w.WriteBoolean("label", pair.Same.Value);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (labelled.Count > 0)
                {
                    w.WritePropertyName("scores");
                    WriteScores(w, overall);
                    if (byGroup.Count > 0)
                    {
                        w.WriteStartObject("groups");
                        foreach (var (group, scores) in byGroup)
                        {
                            w.WritePropertyName(group);
                            WriteScores(w, scores);
                        }

                        w.WriteEndObject();
                    }
                }

                w.WriteEndObject();
            });
            return ExitCodes.Clean;
        }

        if (labelled.Count == 0)
        {
            foreach (var (pair, result) in decisions)
            {
                stdout.WriteLine($"{(result.Same ? "same     " : "different")}  {result.Score.ToString("0.00", CultureInfo.InvariantCulture)}  {pair.A}  |  {pair.B}");
            }

            return ExitCodes.Clean;
        }

        var wrong = labelled.Where(d => d.Result.Same != d.Pair.Same).ToList();
        foreach (var (pair, result) in wrong)
        {
            var kind = result.Same ? "false match" : "missed     ";
            stdout.WriteLine($"{kind}  line {pair.Line}: {pair.A}  |  {pair.B}  ({result.Reason})");
        }

        if (wrong.Count > 0)
        {
            stdout.WriteLine();
        }

        stdout.WriteLine($"{labelled.Count} labelled pairs ({overall.TruePositives + overall.FalseNegatives} same, {overall.FalsePositives + overall.TrueNegatives} different); {pairs.Count - labelled.Count} unlabelled");
        stdout.WriteLine($"{"group",-28} {"pairs",6} {"precision",9} {"recall",7} {"F1",6} {"TP",6} {"FP",5} {"FN",5}");
        foreach (var (group, scores) in byGroup)
        {
            WriteRow(stdout, group, scores);
        }

        WriteRow(stdout, "all", overall);
        return ExitCodes.Clean;
    }

    private static void WriteRow(TextWriter w, string name, MatchScores s) =>
        w.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-28} {1,6} {2,9:0.000} {3,7:0.000} {4,6:0.000} {5,6} {6,5} {7,5}", name, s.Count, s.Precision, s.Recall, s.F1, s.TruePositives, s.FalsePositives, s.FalseNegatives));

    private static void WriteScores(Utf8JsonWriter w, MatchScores s)
    {
        w.WriteStartObject();
        w.WriteNumber("pairs", s.Count);
        w.WriteNumber("precision", Math.Round(s.Precision, 4));
        w.WriteNumber("recall", Math.Round(s.Recall, 4));
        w.WriteNumber("f1", Math.Round(s.F1, 4));
        w.WriteNumber("truePositives", s.TruePositives);
        w.WriteNumber("falsePositives", s.FalsePositives);
        w.WriteNumber("falseNegatives", s.FalseNegatives);
        w.WriteNumber("trueNegatives", s.TrueNegatives);
        w.WriteEndObject();
    }
}
