using System;
using System.Collections.Generic;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using Microsoft.CodeAnalysis;
using FLDiagnostic = FactLint.Diagnostics.Diagnostic;

namespace FactLint.Analyzers.Inputs;

/// <summary>
/// One corpus inside the build: the fact files that share a <c>factlint.yaml</c> (or, without one,
/// the project's fact files together), read from the compiler's additional files. The engine sees
/// paths relative to <see cref="Root"/>, exactly as the CLI would for the same folder.
/// </summary>
internal sealed class BuildWorkspace
{
    private readonly IReadOnlyDictionary<string, AdditionalText> _files;

    public BuildWorkspace(
        string root,
        AdditionalText? configFile,
        FactLintConfig config,
        IReadOnlyList<FLDiagnostic> configDiagnostics,
        IReadOnlyDictionary<string, AdditionalText> files)
    {
        Root = root;
        ConfigFile = configFile;
        Config = config;
        ConfigDiagnostics = configDiagnostics;
        _files = files;
    }

    /// <summary>Normalised absolute folder, slash-terminated.</summary>
    public string Root { get; }

    public AdditionalText? ConfigFile { get; }

    /// <summary>The config as written (the severities in it decide what is reported).</summary>
    public FactLintConfig Config { get; }

    public IReadOnlyList<FLDiagnostic> ConfigDiagnostics { get; }

    public FactCorpus Corpus { get; } = new();

    /// <summary>What the engine runs with; set once the corpus is read.</summary>
    public AnalysisOptions Options { get; set; } = new();

    /// <summary>Fact files the compiler could not read (a diagnostic each, no document).</summary>
    public List<AdditionalText> Unreadable { get; } = new();

    /// <summary>An additional file by workspace-relative path (archives and schemas are looked up this way).</summary>
    public AdditionalText? FindFile(string relativePath) => _files.TryGetValue(Root + relativePath, out var file) ? file : null;

    /// <summary>The absolute path as the compiler spells it (so that the IDE matches it to its document).</summary>
    public string FullPath(string relativePath) => FindFile(relativePath)?.Path ?? Root + relativePath;

    public string RelativePath(string normalizedFullPath) => normalizedFullPath.Substring(Root.Length);
}
