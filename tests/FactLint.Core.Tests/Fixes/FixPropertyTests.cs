using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Fixes;
using FactLint.Tests.Support;

namespace FactLint.Tests.Fixes;

/// <summary>
/// The fix loop over thousands of seeded, mutated corpora built from the examples — slips a writer
/// makes (a dropped version line, an indented file, CRLF, a respelled name, quotes switched to
/// single quotes with apostrophes inside, a mistyped source id, a stray Cyrillic letter, a stale
/// suppression) mixed with raw byte damage. After <c>fix</c> (safe, then safe and unsafe): a file
/// that parsed still parses, no structural finding or error is added anywhere, and a second
/// <c>fix</c> changes nothing. FACTLINT_FIX_PROPERTY_CASES sets the number of cases (CI: the default).
/// </summary>
public sealed class FixPropertyTests
{
    private static readonly string[] Respellings =
    {
        "Khalimov>Halimov", "Vahdat>Vakhdat", "Merkacheva>Mercacheva", "Amaq>Aamaq", "Khujand>Hujand", "Gulmurod>Gulmurad",
        "Khalimov>O'Halimov", "Dushanbe>Dushanbé", "Umarov>Umarow", "Lind>Linnd",
    };

    [Fact]
    public void Fixing_never_breaks_a_file_adds_no_structural_finding_and_settles()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FACTLINT_FIX_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1500;
        var examples = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "examples"), "*.facts.yaml", SearchOption.AllDirectories)
            .Select(f => File.ReadAllText(f)).ToArray();
        Assert.NotEmpty(examples);
        var random = new Random(20190519);
        var options = new AnalysisOptions { Parallel = false };
        long applied = 0, refused = 0;
        var reasons = new List<string>();
        for (var i = 0; i < cases; i++)
        {
            var files = new[]
            {
                ("mutated.facts.yaml", Mutate(examples[random.Next(examples.Length)], random)),
                ("intact.facts.yaml", examples[random.Next(examples.Length)]),
            };
            foreach (var policy in new[] { FixPolicy.Safe, FixPolicy.SafeAndUnsafe })
            {
                var corpus = new FactCorpus(files.Select(f => FactDocument.FromText(f.Item1, f.Item2)));
                var before = CorpusAnalyzer.Analyze(corpus, options).Diagnostics;
                var result = FixLoop.Run(corpus, options, policy, _ => true);
                applied += result.Applied.Count;
                refused += result.Skipped.Count;
                foreach (var skip in result.Skipped.Take(Math.Max(0, 5 - reasons.Count)))
                {
                    reasons.Add($"{skip.RuleId} '{skip.Title}': {skip.Reason}");
                }

                var after = CorpusAnalyzer.Analyze(corpus, options).Diagnostics;
                var context = $"case {i} ({(policy.AllowUnsafe ? "unsafe" : "safe")}): {string.Join(", ", result.Applied.Select(a => a.RuleId + " " + a.Title))}\n--- mutated file:\n{files[0].Item2}\n--- after:\n{corpus["mutated.facts.yaml"]!.Text}";
                foreach (var path in files.Select(f => f.Item1))
                {
                    if (!before.Any(d => d.Id == "FL1001" && d.Location.Path == path))
                    {
                        Assert.False(after.Any(d => d.Id == "FL1001" && d.Location.Path == path), "a file that parsed no longer does: " + context);
                    }
                }

                var added = new FixDamage(before).FirstNew(after);
                Assert.True(added == null, $"the fixes added {added?.Id} '{added?.Message}': " + context);
                Assert.True(result.Converged, "the fixes did not settle: " + context);
                var again = FixLoop.Run(corpus, options, policy, _ => true);
                Assert.True(again.Changed.Count == 0, "a second fix changed the files again: " + context);
            }
        }

        TestContext.Current.SendDiagnosticMessage($"fix property: {cases} mutated corpora x 2 policies, {applied} fixes applied, {refused} refused by verification{(reasons.Count > 0 ? " (" + string.Join("; ", reasons) + ")" : string.Empty)}");
        Assert.True(applied > cases, "the mutations should provoke fixes; if none are applied the test checks nothing");
    }

    private static string Mutate(string text, Random random)
    {
        var steps = 1 + random.Next(3);
        for (var s = 0; s < steps; s++)
        {
            text = random.Next(12) switch
            {
                0 => text.Replace("factlint: 1\n", string.Empty, StringComparison.Ordinal),
                1 => string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : "  " + l)),
                2 => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
                3 or 4 => Respell(text, Respellings[random.Next(Respellings.Length)]),
                5 => SingleQuote(text, random),
                6 => MistypeId(text, random),
                7 => ReplaceOne(text, random, "o", "\u043E"),
                8 => AppendToRandomLine(text, random, "  # factlint-disable-line FL300" + random.Next(1, 5)),
                9 => text.Replace("factlint: 1", "factlint:", StringComparison.Ordinal),
                10 => text.Replace("note: ", "note: '" + "O'Halimov".Replace("'", "''", StringComparison.Ordinal) + " and ", StringComparison.Ordinal) is var t && t != text ? CloseQuotes(t) : text,
                _ => Damage(text, random),
            };
        }

        return text;
    }

    private static string Respell(string text, string pair)
    {
        var parts = pair.Split('>');
        return text.Replace(parts[0], parts[1], StringComparison.Ordinal);
    }

    /// <summary>Turns some double-quoted scalars into single-quoted ones, doubling apostrophes as YAML requires.</summary>
    private static string SingleQuote(string text, Random random)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var open = line.IndexOf(": \"", StringComparison.Ordinal);
            if (open >= 0 && line.TrimEnd('\r').Length >= open + 4 && line.TrimEnd('\r').EndsWith("\"", StringComparison.Ordinal) && random.Next(2) == 0 && line.IndexOf('\\', StringComparison.Ordinal) < 0)
            {
                var cr = line.EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty;
                var body = line.TrimEnd('\r');
                var inner = body.Substring(open + 3, body.Length - open - 4);
                sb.Append(body, 0, open + 2).Append('\'').Append(inner.Replace("'", "''", StringComparison.Ordinal)).Append('\'').Append(cr).Append('\n');
            }
            else
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString(0, sb.Length - 1);
    }

    private static string MistypeId(string text, Random random)
    {
        var at = text.IndexOf("source: ", random.Next(Math.Max(1, text.Length)) % Math.Max(1, text.Length), StringComparison.Ordinal);
        at = at < 0 ? text.IndexOf("source: ", StringComparison.Ordinal) : at;
        if (at < 0)
        {
            return text;
        }

        var start = at + "source: ".Length;
        var end = start;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r' && text[end] != ' ' && text[end] != ',' && text[end] != '}')
        {
            end++;
        }

        return end - start > 3 ? text.Remove(start + random.Next(end - start), 1) : text;
    }

    private static string ReplaceOne(string text, Random random, string from, string to)
    {
        var at = text.IndexOf("name: ", random.Next(Math.Max(1, text.Length)), StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var o = text.IndexOf(from, at + 6, StringComparison.Ordinal);
        return o < 0 || text.IndexOf('\n', at) < o ? text : text.Substring(0, o) + to + text.Substring(o + from.Length);
    }

    private static string AppendToRandomLine(string text, Random random, string comment)
    {
        var lines = text.Split('\n');
        var i = random.Next(lines.Length);
        if (lines[i].Trim().Length > 0 && !lines[i].Contains('#', StringComparison.Ordinal) && !lines[i].TrimEnd().EndsWith("|", StringComparison.Ordinal))
        {
            lines[i] = lines[i].TrimEnd('\r') + comment + (lines[i].EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty);
        }

        return string.Join("\n", lines);
    }

    /// <summary>Closes the single quotes opened by case 10 at the end of each such line.</summary>
    private static string CloseQuotes(string text) =>
        string.Join("\n", text.Split('\n').Select(l => l.Contains("note: 'O''Halimov and ", StringComparison.Ordinal)
            ? l.TrimEnd('\r').Replace("'", "''", StringComparison.Ordinal).Replace("note: ''O''''Halimov and ", "note: 'O''Halimov and ", StringComparison.Ordinal) + "'" + (l.EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty)
            : l));

    private static readonly char[] Punctuation = ":-[]{}&*!|>'\"#%@`\t,?\n ".ToCharArray();

    private static string Damage(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text.Insert(at, Punctuation[random.Next(Punctuation.Length)].ToString()),
            1 => text.Remove(at, 1),
            _ => text.Substring(0, at),
        };
    }
}
