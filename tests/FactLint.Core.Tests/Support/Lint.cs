using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Archives;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Tests.Support;

/// <summary>Lints in-memory files and describes findings as "path:line:col ID" for exact assertions.</summary>
public static class Lint
{
    public static IReadOnlyList<Diagnostic> Files(params (string Path, string Text)[] files) => Files(FactLintConfig.Default, files);

    public static IReadOnlyList<Diagnostic> Files(FactLintConfig config, params (string Path, string Text)[] files) => Run(config, null, files);

    /// <summary>Lints with archived sources held in memory (workspace-relative path → text).</summary>
    public static IReadOnlyList<Diagnostic> WithArchives(IDictionary<string, string> archives, params (string Path, string Text)[] files) =>
        Run(FactLintConfig.Default, new InMemoryArchiveStore(archives), files);

    private static IReadOnlyList<Diagnostic> Run(FactLintConfig config, IArchiveStore? archives, (string Path, string Text)[] files)
    {
        var corpus = new FactCorpus(files.Select(f => FactDocument.FromText(f.Path, f.Text)));
        return CorpusAnalyzer.Analyze(corpus, new AnalysisOptions { Config = config, Archives = archives }).Diagnostics;
    }

    /// <summary>Applies a fix's edits to one file's text (edits sorted from the end, as an editor applies them).</summary>
    public static string Apply(string text, IEnumerable<FileTextEdit> edits)
    {
        foreach (var e in edits.OrderByDescending(e => e.Span.Start))
        {
            text = text.Substring(0, e.Span.Start) + e.NewText + text.Substring(e.Span.End);
        }

        return text;
    }

    /// <summary>Everything a finding says — rule, place, severity, message, related places, fixes and their edits — as one line per part, for comparing two analyses.</summary>
    public static string Describe(Diagnostic d) =>
        $"{d.Id} {Where(d)} {d.Severity} {d.Message}"
        + string.Concat(d.Related.Select(r => $"\n  related {r.Location.Path}:{r.Location.Span} {r.Location.LineSpan} {r.Message}"))
        + string.Concat(d.Fixes.Select(f => $"\n  fix {f.Title} {f.Applicability} {f.IsPreferred} " + string.Join(", ", f.Edits.Select(e => $"{e.Path}:{e.Span}='{e.NewText}'"))));

    public static string Where(Diagnostic d)
    {
        var p = d.Location.LineSpan;
        return $"{d.Location.Path}:{p.Start.Line + 1}:{p.Start.Character + 1}-{p.End.Line + 1}:{p.End.Character + 1} {d.Id}";
    }

    public static string[] Summaries(IEnumerable<Diagnostic> diagnostics, string? id = null) =>
        diagnostics.Where(d => id == null || d.Id == id).Select(Where).ToArray();
}
