// The corpus rules in a warm process, as the language server runs them after an edit: loads a
// workspace once, then runs the corpus pass ROUNDS times and prints each rule's median.
//   dotnet run -c Release -- WORKSPACE [ROUNDS=10]
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Diagnostics;
using System.Linq;
using FactLint.Analysis;
using FactLint.Workspace;

var root = System.IO.Path.GetFullPath(args[0]);
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
var loaded = WorkspaceLoader.Load(root);
var options = new AnalysisOptions { Config = loaded.Config, Archives = new FileSystemArchiveStore(root), Parallel = false };
var session = new AnalysisSession(options, loaded.Corpus);
var perRule = new Dictionary<string, List<double>>();
var totals = new List<double>();
for (var i = 0; i < rounds; i++)
{
    var times = ImmutableDictionary.CreateBuilder<string, TimeSpan>();
    var start = Stopwatch.GetTimestamp();
    AnalysisSession.RunCorpusRules(session.Snapshot(), times, CancellationToken.None);
    totals.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    foreach (var (id, t) in times)
    {
        (perRule.TryGetValue(id, out var l) ? l : perRule[id] = new List<double>()).Add(t.TotalMilliseconds);
    }
}

var build = new List<double>();
var snap = new List<double>();
for (var i = 0; i < rounds; i++)
{
    var t0 = Stopwatch.GetTimestamp();
    var snapshot = session.Snapshot();
    var corpus = new FactLint.Corpus.FactCorpus(snapshot.Documents);
    snap.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
    t0 = Stopwatch.GetTimestamp();
    FactLint.Claims.ClaimGroups.Build(corpus.Documents, corpus.Index, loaded.Config.ApproxTolerance);
    build.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
}

Console.WriteLine($"snapshot + index rebuild: median {Median(snap):F1} ms; claim groups: median {Median(build):F1} ms");
static double Median(List<double> xs) => xs.OrderBy(x => x).ElementAt(xs.Count / 2);
Console.WriteLine($"{loaded.Corpus.Count} files; corpus pass (snapshot + corpus rules, one thread): median {Median(totals):F1} ms, min {totals.Min():F1} ms over {rounds} rounds");
foreach (var (id, l) in perRule.OrderByDescending(p => Median(p.Value)))
{
    Console.WriteLine($"  {Median(l),8:F1} ms  {id}");
}
