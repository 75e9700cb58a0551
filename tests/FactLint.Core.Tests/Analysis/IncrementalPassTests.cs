using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Tests.Support;
using FactLint.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Tests.Analysis;

/// <summary>
/// A session's corpus passes keep what an edit did not touch (findings per file, per claim group,
/// per catalog); they must then say exactly what a fresh analysis of the same texts says: same
/// findings, places, messages, related places and fixes. Seeded random edits of the examples hit
/// every part a rule may read (figures, ids, names, aliases, sources, dates, properties, lines
/// inserted above records, whole files added, removed and replaced), and no pass may need the
/// whole-pass fallback (a kept finding that no longer held). FACTLINT_INCREMENTAL_ROUNDS and
/// FACTLINT_INCREMENTAL_SEED run it longer or differently.
/// </summary>
public sealed class IncrementalPassTests
{
    [Fact]
    public void Passes_after_random_edits_equal_a_fresh_analysis()
    {
        var root = Path.Combine(SharedData.RepositoryRoot, "examples");
        var loaded = WorkspaceLoader.Load(root);
        var options = new AnalysisOptions { Config = loaded.Config, Archives = new FileSystemArchiveStore(root), Parallel = false };
        var session = new AnalysisSession(options);
        foreach (var doc in loaded.Corpus.Documents)
        {
            session.SetDocument(doc);
        }

        session.RunCorpusPass();
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("FACTLINT_INCREMENTAL_ROUNDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 400;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("FACTLINT_INCREMENTAL_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : 20190507);
        var kept = 0;
        for (var round = 0; round < rounds; round++)
        {
            var log = new List<string>();
            for (var k = 1 + random.Next(3); k > 0; k--)
            {
                log.Add(EditOne(session, random));
            }

            session.RunCorpusPass();
            var incremental = session.AllDiagnostics().Select(Lint.Describe).ToList();
            var fresh = AnalysisSession.Analyze(new FactCorpus(session.Corpus.Documents), options).Diagnostics.Select(Lint.Describe).ToList();
            var first = Enumerable.Range(0, Math.Min(fresh.Count, incremental.Count)).FirstOrDefault(i => fresh[i] != incremental[i], -1);
            Assert.True(fresh.SequenceEqual(incremental), $"round {round} ({string.Join("; ", log)}): {fresh.Count} findings fresh, {incremental.Count} kept\nfresh only: {string.Join("\n", fresh.Except(incremental).Take(5))}\nincremental only: {string.Join("\n", incremental.Except(fresh).Take(5))}\nfirst difference in order: {(first < 0 ? "none" : fresh[first] + "\n  vs\n" + incremental[first])}");
            kept += session.PassState.Delta.IsFirst ? 0 : 1;
        }

        Assert.True(session.PassState.FullReruns == 0, $"{session.PassState.FullReruns} passes ran again from nothing; the last because of: {session.PassState.LastRerunCause}");
        Assert.Equal(rounds, kept);
    }

    [Fact]
    public void Passes_while_a_workspace_is_read_file_by_file_equal_a_fresh_analysis()
    {
        // The server's first passes run on a corpus still being read: every order must end where a fresh analysis does.
        var root = Path.Combine(SharedData.RepositoryRoot, "examples");
        var loaded = WorkspaceLoader.Load(root);
        var options = new AnalysisOptions { Config = loaded.Config, Archives = new FileSystemArchiveStore(root), Parallel = false };
        var expected = AnalysisSession.Analyze(new FactCorpus(loaded.Corpus.Documents), options).Diagnostics.Select(Lint.Describe).ToList();
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var session = new AnalysisSession(options);
            var order = loaded.Corpus.Documents.OrderBy(_ => random.Next()).ToList();
            foreach (var doc in order)
            {
                session.SetDocument(doc);
                if (random.Next(2) == 0)
                {
                    session.RunCorpusPass();
                }
                else if (random.Next(2) == 0)
                {
                    // A pass cancelled part-way (a newer edit arrived): what it kept must still hold.
                    using var cancel = new System.Threading.CancellationTokenSource();
                    cancel.CancelAfter(TimeSpan.FromTicks(random.Next(20_000)));
                    try
                    {
                        session.RunCorpusPass(null, cancel.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
            }

            session.RunCorpusPass();
            var incremental = session.AllDiagnostics().Select(Lint.Describe).ToList();
            Assert.True(expected.SequenceEqual(incremental), $"order {string.Join(", ", order.Select(d => d.Path))}:\nfresh only: {string.Join("\n", expected.Except(incremental).Take(5))}\nincremental only: {string.Join("\n", incremental.Except(expected).Take(5))}");
        }
    }

    private static string EditOne(AnalysisSession session, Random random)
    {
        var docs = session.Corpus.Documents;
        var doc = docs[random.Next(docs.Count)];
        var text = doc.Text;
        var s = text.ToString();
        switch (random.Next(12))
        {
            case 0: // a file removed
                if (docs.Count > 2)
                {
                    session.RemoveDocument(doc.Path);
                    return "removed " + doc.Path;
                }

                break;
            case 1: // a file added: a copy of another under a new name (duplicate ids and all)
                var copy = "copies/" + random.Next(1000).ToString(CultureInfo.InvariantCulture) + ".facts.yaml";
                session.SetDocument(FactDocument.FromText(copy, s));
                return "added " + copy;
            case 2: // the whole text replaced (a file re-read from disk: no change ranges)
                session.SetDocument(FactDocument.FromText(doc.Path, SourceText.From(s.Replace("2018", "2019", StringComparison.Ordinal))));
                return "re-read " + doc.Path;
        }

        var (at, length, insert) = random.Next(9) switch
        {
            0 => After(s, "value: ", random, v => (v, Digits(s, v), random.Next(1, 90).ToString(CultureInfo.InvariantCulture))),
            1 => After(s, "id: ", random, v => (v + random.Next(3), 0, "x")),
            2 => After(s, "name: ", random, v => (v + 1 + random.Next(4), 1, random.Next(2) == 0 ? "kh" : "e")),
            3 => After(s, "aliases: [", random, v => (v, 0, "Halimoff, ")),
            4 => After(s, "published: ", random, v => (v, 4, random.Next(2) == 0 ? "2017" : "2026")),
            5 => After(s, "publisher: ", random, v => (v, 0, "The ")),
            6 => LineStart(s, random, "# a note above\n"),
            7 => After(s, "unit: ", random, v => (v, 0, random.Next(2) == 0 ? "k" : "mi ")),
            _ => (random.Next(s.Length + 1), 0, random.Next(2) == 0 ? "\n" : " x"),
        };
        if (at > s.Length)
        {
            return "nothing";
        }

        length = Math.Min(length, s.Length - at);
        var next = text.WithChanges(new TextChange(new TextSpan(at, length), insert));
        session.SetDocument(FactDocument.FromText(doc.Path, next));
        return $"{doc.Path}@{at}+{length} '{insert.Replace("\n", "\\n", StringComparison.Ordinal)}'";
    }

    private static (int At, int Length, string Insert) After(string s, string marker, Random random, Func<int, (int, int, string)> edit)
    {
        var from = random.Next(s.Length + 1);
        var v = s.IndexOf(marker, from, StringComparison.Ordinal);
        v = v < 0 ? s.IndexOf(marker, StringComparison.Ordinal) : v;
        return v < 0 ? (s.Length + 1, 0, string.Empty) : edit(v + marker.Length);
    }

    private static (int, int, string) LineStart(string s, Random random, string insert)
    {
        var at = s.LastIndexOf('\n', Math.Max(0, random.Next(s.Length + 1) - 1));
        return (at + 1, 0, insert);
    }

    private static int Digits(string s, int at)
    {
        var n = 0;
        while (at + n < s.Length && char.IsDigit(s[at + n]))
        {
            n++;
        }

        return n;
    }
}
