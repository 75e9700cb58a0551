using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Tests.Support;
using FactLint.Workspace;

namespace FactLint.Tests.Analysis;

/// <summary>
/// A one-shot run (the CLI, the build) runs its corpus rules side by side; what it reports must be
/// what they report one by one, in the same order, run after run.
/// </summary>
public sealed class ParallelCorpusRulesTests
{
    [Fact]
    public void Corpus_rules_side_by_side_report_what_they_report_one_by_one()
    {
        var root = Path.Combine(SharedData.RepositoryRoot, "examples");
        var loaded = WorkspaceLoader.Load(root);

        // The examples three times over, under other folders: every id is defined thrice, every
        // figure conflicts with its copies, every name has company, so each corpus rule has work.
        var documents = new List<FactDocument>();
        foreach (var copy in new[] { "a", "b", "c" })
        {
            documents.AddRange(loaded.Corpus.Documents.Select(d => FactDocument.FromText(copy + "/" + d.Path, d.Text)));
        }

        var archives = new FileSystemArchiveStore(root);
        var one = AnalysisSession.Analyze(new FactCorpus(documents), new AnalysisOptions { Config = loaded.Config, Archives = archives, Parallel = false }).Diagnostics.Select(Lint.Describe).ToList();
        Assert.True(one.Count > 100, $"the tripled examples should draw many findings, not {one.Count}");
        Assert.Contains(one, d => d.Contains("FL3001", StringComparison.Ordinal));
        Assert.Contains(one, d => d.Contains("FL1003", StringComparison.Ordinal));
        for (var run = 0; run < 12; run++)
        {
            var sideBySide = AnalysisSession.Analyze(new FactCorpus(documents), new AnalysisOptions { Config = loaded.Config, Archives = archives, Parallel = true }).Diagnostics.Select(Lint.Describe).ToList();
            Assert.Equal(one, sideBySide);
        }
    }

    [Fact]
    public void A_shared_model_is_built_once_however_many_rules_ask_at_once()
    {
        var models = new SharedModels();
        var built = 0;
        using var gate = new Barrier(8);
        var got = new object[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            gate.SignalAndWait();
            got[i] = models.GetOrCreate(() =>
            {
                Interlocked.Increment(ref built);
                Thread.Sleep(50);
                return new List<string>();
            });
        });

        Assert.Equal(1, built);
        Assert.All(got, g => Assert.Same(got[0], g));
    }
}
