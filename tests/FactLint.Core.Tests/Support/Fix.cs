using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Fixes;

namespace FactLint.Tests.Support;

/// <summary>Runs the engine's fix loop on in-memory files, as <c>factlint fix</c> does, and returns every file's text afterwards.</summary>
public static class Fix
{
    public static (Dictionary<string, string> Texts, FixResult Result) Run(FixPolicy policy, params (string Path, string Text)[] files)
    {
        var corpus = new FactCorpus(files.Select(f => FactDocument.FromText(f.Path, f.Text)));
        var result = FixLoop.Run(corpus, new AnalysisOptions { Config = FactLintConfig.Default, Parallel = false }, policy, _ => true);
        return (files.ToDictionary(f => f.Path, f => corpus[f.Path]!.Text.ToString(), StringComparer.Ordinal), result);
    }

    public static Dictionary<string, string> Safe(params (string Path, string Text)[] files) => Run(FixPolicy.Safe, files).Texts;

    public static Dictionary<string, string> Unsafe(params (string Path, string Text)[] files) => Run(FixPolicy.SafeAndUnsafe, files).Texts;

    /// <summary>The structural findings (FL1xxx) and errors of the files, as "path ID" lines.</summary>
    public static string[] Damage(IDictionary<string, string> texts) =>
        Lint.Files(texts.Select(p => (p.Key, p.Value)).ToArray())
            .Where(d => d.Id.StartsWith("FL1", StringComparison.Ordinal) || d.Severity == Diagnostics.Severity.Error)
            .Select(d => Lint.Where(d)).ToArray();
}
