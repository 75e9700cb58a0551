using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Tests.Support;

/// <summary>Lints in-memory files and describes findings as "path:line:col ID" for exact assertions.</summary>
public static class Lint
{
    public static IReadOnlyList<Diagnostic> Files(params (string Path, string Text)[] files) => Files(FactLintConfig.Default, files);

    public static IReadOnlyList<Diagnostic> Files(FactLintConfig config, params (string Path, string Text)[] files)
    {
        var corpus = new FactCorpus(files.Select(f => FactDocument.FromText(f.Path, f.Text)));
        return CorpusAnalyzer.Analyze(corpus, new AnalysisOptions { Config = config }).Diagnostics;
    }

    public static string Where(Diagnostic d)
    {
        var p = d.Location.LineSpan;
        return $"{d.Location.Path}:{p.Start.Line + 1}:{p.Start.Character + 1}-{p.End.Line + 1}:{p.End.Character + 1} {d.Id}";
    }

    public static string[] Summaries(IEnumerable<Diagnostic> diagnostics, string? id = null) =>
        diagnostics.Where(d => id == null || d.Id == id).Select(Where).ToArray();
}
