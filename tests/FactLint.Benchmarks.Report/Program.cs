// BenchmarkDotNet over what `factlint lint --format json` does after its rules, on the findings of
// a real run (60,000 on the corpus of speed.sh): the JSON report written whole (to a null stream),
// and the positions it looks up (every finding's place, related places and edits, as line and
// column). These run while the other core may be idle, so each millisecond here is one of wall time.
//   dotnet run -c Release --project tests/FactLint.Benchmarks.Report -- CORPUS [BenchmarkDotNet options]
using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FactLint.Cli.Commands;
using FactLint.Cli.Output;
using FactLint.Text;

if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: FactLint.Benchmarks.Report CORPUS_FOLDER [BenchmarkDotNet options] (a corpus of ../shared/bench/perf/gencorpus.py; speed.sh makes one)");
    return 2;
}

ReportBenchmarks.Corpus = Path.GetFullPath(args[0]);
Environment.SetEnvironmentVariable(ReportBenchmarks.CorpusVariable, ReportBenchmarks.Corpus);

// In process: the corpus is linted once per benchmark class, not once per launched child process.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
    .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "factlint-report-benchmarks"));
BenchmarkSwitcher.FromTypes(new[] { typeof(ReportBenchmarks) }).Run(args[1..], config);
return 0;

[MemoryDiagnoser]
public class ReportBenchmarks
{
    public const string CorpusVariable = "FACTLINT_BENCH_CORPUS";

    private LintReport _report = null!;
    private List<(LineMap Map, int Offset)> _positions = null!;

    public static string Corpus { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable(CorpusVariable) ?? Corpus;
        var run = LintRun.Execute(new[] { corpus }, TextWriter.Null, useCache: false)
            ?? throw new InvalidOperationException($"could not lint {corpus}");
        _report = run.Report;
        _positions = new List<(LineMap, int)>();
        foreach (var d in _report.Diagnostics)
        {
            Add(d.Location.Text, d.Location.Span);
            foreach (var r in d.Related)
            {
                Add(r.Location.Text, r.Location.Span);
            }

            foreach (var f in d.Fixes)
            {
                foreach (var e in f.Edits)
                {
                    if (_report.TextOf(e.Path) is { } text)
                    {
                        Add(text, e.Span);
                    }
                }
            }
        }
    }

    [Benchmark(Description = "JSON report, whole")]
    public void JsonReport() => JsonReporter.Write(Stream.Null, _report);

    [Benchmark(Description = "line and column of every position the report prints")]
    public int Positions()
    {
        var sum = 0;
        foreach (var (map, offset) in _positions)
        {
            sum += map.GetLinePosition(offset).Line;
        }

        return sum;
    }

    private void Add(Microsoft.CodeAnalysis.Text.SourceText text, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var map = LineMap.Of(text);
        _positions.Add((map, span.Start));
        _positions.Add((map, span.End));
    }
}
