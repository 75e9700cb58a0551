// The corpus rules in a warm process, as the language server runs them after an edit: loads a
// workspace once, runs the whole corpus pass ROUNDS times and prints each rule's median, then
// retypes a figure in the first file ROUNDS times (as an editor does) and times the incremental
// pass of the session after each edit.
//   dotnet run -c Release -- WORKSPACE [ROUNDS=10] [EDITS=3*ROUNDS]
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
    AnalysisSession.RunCorpusRules(new CorpusSnapshot(session.Corpus.Documents, options, 0), times, CancellationToken.None);
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

// Incremental: one figure retyped in the first file, then the session's pass.
AnalysisSession.RunCorpusRules(session.Snapshot(), null, CancellationToken.None);
var first = session.Corpus.Documents[0];
var text = first.Text;
var incremental = new List<double>();
var incrementalRules = new Dictionary<string, List<double>>();
var valueAt = text.ToString().IndexOf("value: ", StringComparison.Ordinal) + 7;
var edits = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : rounds * 3;
for (var i = 0; i < edits; i++)
{
    var digit = text[valueAt];
    var next = text.WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(valueAt, 1), ((digit - '0' + 1) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    session.SetDocument(FactLint.Corpus.FactDocument.FromText(first.Path, next));
    text = next;
    var times = ImmutableDictionary.CreateBuilder<string, TimeSpan>();
    var start = Stopwatch.GetTimestamp();
    var snapshot = session.Snapshot();
    session.AcceptCorpusFindings(snapshot, AnalysisSession.RunCorpusRules(snapshot, times, CancellationToken.None));
    incremental.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    foreach (var (id, t) in times)
    {
        (incrementalRules.TryGetValue(id, out var l) ? l : incrementalRules[id] = new List<double>()).Add(t.TotalMilliseconds);
    }
}

Console.WriteLine($"after retyping a figure in {first.Path}: incremental pass median {Median(incremental):F1} ms, max {incremental.Max():F1} ms over {incremental.Count} edits");
foreach (var (id, l) in incrementalRules.OrderByDescending(p => Median(p.Value)).Take(8))
{
    Console.WriteLine($"  {Median(l),8:F1} ms  {id}");
}
