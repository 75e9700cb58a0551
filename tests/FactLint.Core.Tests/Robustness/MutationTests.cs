using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Tests.Support;

namespace FactLint.Tests.Robustness;

/// <summary>
/// Feeds thousands of damaged versions of the example files (byte flips, truncations, duplicated
/// and deleted lines, inserted YAML punctuation) through the whole pipeline. Nothing may throw,
/// no rule may crash (FL0001), and every span must lie inside its file.
/// </summary>
public sealed class MutationTests
{
    private const int Mutations = 3000;
    private static readonly byte[] Punctuation = Encoding.ASCII.GetBytes(":-[]{}&*!|>'\"#%@`\t,?\n ");

    [Fact]
    public void Mutated_examples_never_crash_and_spans_stay_inside_their_files()
    {
        var examples = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "examples"), "*.facts.yaml", SearchOption.AllDirectories)
            .Select(File.ReadAllBytes).ToArray();
        Assert.NotEmpty(examples);
        var random = new Random(20181107);
        var checkedDiagnostics = 0;
        for (var round = 0; round < Mutations; round++)
        {
            // Each corpus holds one mutated file and one intact one, so cross-file rules see damage too.
            var mutated = Mutate(examples[random.Next(examples.Length)], random);
            var intact = examples[random.Next(examples.Length)];
            var corpus = new FactCorpus(new[]
            {
                FactDocument.FromBytes("mutated.facts.yaml", mutated),
                FactDocument.FromBytes("intact.facts.yaml", intact),
            });
            var result = CorpusAnalyzer.Analyze(corpus, new AnalysisOptions { Parallel = false });
            foreach (var d in result.Diagnostics)
            {
                Assert.NotEqual("FL0001", d.Id);
                var length = corpus[d.Location.Path]!.Text.Length;
                Assert.InRange(d.Location.Span.End, 0, length);
                foreach (var fix in d.Fixes.SelectMany(f => f.Edits))
                {
                    Assert.InRange(fix.Span.End, 0, corpus[fix.Path]!.Text.Length);
                }

                foreach (var r in d.Related)
                {
                    Assert.InRange(r.Location.Span.End, 0, corpus[r.Location.Path]!.Text.Length);
                }

                checkedDiagnostics++;
            }
        }

        TestContext.Current.SendDiagnosticMessage($"robustness: {Mutations} mutated corpora, {checkedDiagnostics} diagnostics checked");
        Assert.True(checkedDiagnostics > Mutations, "the mutations should provoke findings; if none are produced the test checks nothing");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var steps = 1 + random.Next(4);
        for (var s = 0; s < steps && bytes.Count > 0; s++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                    break;
                case 3:
                    var lines = SplitLines(bytes);
                    var line = random.Next(lines.Count);
                    lines.Insert(line, lines[line]);
                    bytes = lines.SelectMany(l => l).ToList();
                    break;
                case 4:
                    var lines2 = SplitLines(bytes);
                    lines2.RemoveAt(random.Next(lines2.Count));
                    bytes = lines2.SelectMany(l => l).ToList();
                    break;
                default:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static List<List<byte>> SplitLines(List<byte> bytes)
    {
        var lines = new List<List<byte>> { new() };
        foreach (var b in bytes)
        {
            lines[^1].Add(b);
            if (b == (byte)'\n')
            {
                lines.Add(new List<byte>());
            }
        }

        return lines;
    }
}
