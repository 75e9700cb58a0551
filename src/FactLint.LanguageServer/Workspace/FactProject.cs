using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Rules;
using FactLint.Workspace;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLint.LanguageServer.Workspace;

/// <summary>
/// One workspace root as the editor sees it: its config, its corpus (open documents with the
/// editor's text, the rest from disk), and the findings last computed for it — per-file findings
/// for each document as it is now, corpus findings from the last corpus pass (which may be a few
/// keystrokes old, and are carried onto the current text until the next pass).
/// Touched only by whoever holds the session's gate.
/// </summary>
public sealed class FactProject
{
    private readonly AnalysisSession _session = new(new AnalysisOptions { Parallel = false });
    private Matcher _matcher = new();
    private EditorSettings _settings = EditorSettings.Default;
    private AnalysisOptions? _options;

    public FactProject(string? root, bool indexes)
    {
        Root = root;
        Indexes = indexes && root != null;
        Archives = root != null ? new FileSystemArchiveStore(root) : null;
        ApplyConfig(FactLintConfig.Default, Array.Empty<Diagnostic>(), null);
    }

    /// <summary>The folder (absolute); null for documents that are not files (untitled buffers).</summary>
    public string? Root { get; }

    /// <summary>Whether the unopened files under the root are read (false for a loose file's folder without a factlint.yaml).</summary>
    public bool Indexes { get; }

    public FactLintConfig Config { get; private set; } = FactLintConfig.Default;

    public IReadOnlyList<Diagnostic> ConfigDiagnostics { get; private set; } = Array.Empty<Diagnostic>();

    public SourceText? ConfigText { get; private set; }

    /// <summary>The engine's analysis of this project: every finding the editor shows comes from it.</summary>
    public AnalysisSession Session
    {
        get
        {
            var options = Options;
            if (!ReferenceEquals(_session.Options, options))
            {
                _session.Reconfigure(options, reanalyze: false);
            }

            return _session;
        }
    }

    public FactCorpus Corpus => _session.Corpus;

    public FileSystemArchiveStore? Archives { get; }

    /// <summary>Editor settings layered over factlint.yaml (severity overrides, name threshold).</summary>
    public EditorSettings Settings
    {
        get => _settings;
        set
        {
            _settings = value;
            _options = null;
        }
    }

    /// <summary>The config with the editor's overrides, built once per config or settings change (asked for on every publish).</summary>
    public AnalysisOptions Options => _options ??= new() { Config = Settings.Apply(Config), Archives = Archives, Parallel = false };

    /// <summary>Bumped by every change of a document or the config: a corpus pass started before a bump is stale.</summary>
    public long Generation => _session.Generation;

    public bool IsIndexed { get; set; }

    private readonly Dictionary<string, long> _diskChanges = new(StringComparer.Ordinal);
    private long _diskClock;

    /// <summary>A tick of the clock that orders file events, for work that reads the disk in the background.</summary>
    public long DiskClock => _diskClock;

    /// <summary>Records that the file changed on disk (created, changed, deleted) now.</summary>
    public void NoteDiskChange(string path) => _diskChanges[path] = ++_diskClock;

    /// <summary>Whether the file changed on disk after <paramref name="tick"/>: what was read of it before then is stale.</summary>
    public bool ChangedOnDiskSince(string path, long tick) =>
        _diskChanges.TryGetValue(path, out var at) && at > tick;

    /// <summary>Paths that have (or had) corpus findings, so that their files are republished when those change.</summary>
    public IEnumerable<string> PathsWithCorpusFindings => _session.PathsWithCorpusFindings;

    public string FullPath(string path) => Root == null ? path : System.IO.Path.Combine(Root, path);

    /// <summary>The workspace-relative path of a file under the root.</summary>
    public string RelativePath(string fullPath) => Root == null ? System.IO.Path.GetFileName(fullPath) : FactFileDiscovery.ToRelative(Root, fullPath);

    /// <summary>Whether the config's include/exclude globs make this file a fact file of the project.</summary>
    public bool IsFactFile(string path) => _matcher.Match(path).HasMatches;

    /// <summary>Reads factlint.yaml from <paramref name="text"/> (the editor's) or from disk.</summary>
    public void LoadConfig(SourceText? text)
    {
        if (Root == null)
        {
            return;
        }

        if (text == null)
        {
            // The same bounded reader as the CLI: a pipe or a device named factlint.yaml must not hang the editor.
            var path = System.IO.Path.Combine(Root, ConfigLoader.FileName);
            var content = FactLint.FileSystem.BoundedFileReader.Read(path, FactLint.Syntax.ParseLimits.Default.MaxFileBytes, Root);
            text = content.Bytes == null ? null : FactLint.Syntax.SourceDecoder.Decode(content.Bytes).Text;
        }

        if (text == null)
        {
            ApplyConfig(FactLintConfig.Default, Array.Empty<Diagnostic>(), null);
            return;
        }

        var result = ConfigLoader.Load(text, p => WorkspaceLoader.ReadInside(Root, p), SpecRuleIds.Known(RuleCatalog.Default));
        ApplyConfig(result.Config, result.Diagnostics, text);
    }

    /// <summary>Adds or replaces a document and runs its per-file rules.</summary>
    public void SetDocument(FactDocument document) => Session.SetDocument(document);

    public void SetDocument(FactDocument document, List<Diagnostic> fileFindings) => Session.SetDocument(document, fileFindings);

    public bool RemoveDocument(string path) => Session.RemoveDocument(path);

    /// <summary>Forgets every document (before a re-index after a config change).</summary>
    public void Clear() => Session.Clear();

    /// <summary>Per-file findings for every document again (the config changed what the rules check).</summary>
    public void ReanalyzeAll() => _session.Reconfigure(Options, reanalyze: true, parallel: true);

    /// <summary>The last corpus pass's raw findings of one rule (spans as of that pass), for hovers and lenses.</summary>
    public IEnumerable<Diagnostic> CorpusFindingsOf(string ruleId) => _session.CorpusFindingsOf(ruleId);

    /// <summary>The findings of one file now, after severities and suppressions, in report order.</summary>
    public List<Diagnostic> DiagnosticsOf(string path) => Session.DiagnosticsOf(path);

    private void ApplyConfig(FactLintConfig config, IReadOnlyList<Diagnostic> diagnostics, SourceText? text)
    {
        Config = config;
        _options = null;
        ConfigDiagnostics = diagnostics;
        ConfigText = text;
        _matcher = FactFileMatcher.Create(config);
    }

}
