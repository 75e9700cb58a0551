using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.LanguageServer.Workspace;

/// <summary>
/// Everything the server knows: the projects (one per workspace folder, plus the folders of loose
/// files), the open documents, and what has been published. Edits are applied at once; each
/// document's per-file findings follow right after (a newer edit makes an older analysis moot),
/// and the corpus rules run when typing pauses, cancelled by the next edit.
/// </summary>
public sealed class WorkspaceSession : IDisposable
{
    private readonly IClientChannel _client;
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<FactProject, CancellationTokenSource> _passes = new();
    private readonly Dictionary<FactProject, CancellationTokenSource> _indexing = new();
    private readonly List<FactProject> _folders = new();
    private readonly List<FactProject> _loose = new();
    private readonly FactProject _scratch = new(null, indexes: false);
    private EditorSettings _settings = EditorSettings.Default;

    public WorkspaceSession(IClientChannel client)
    {
        _client = client;
    }

    public AsyncGate Gate { get; } = new();

    public EditorSettings Settings => _settings;

    public IEnumerable<FactProject> Projects => _folders.Concat(_loose).Append(_scratch);

    public IReadOnlyCollection<OpenDocument> OpenDocuments => _open.Values;

    /// <summary>Raised (under the gate) when a project's findings were republished; tests and benchmarks wait on it.</summary>
    public event Action<FactProject>? CorpusPassCompleted;

    public event Action<FactProject>? Indexed;

    public void AddFolder(string root)
    {
        var full = Path.GetFullPath(root);
        if (_folders.Exists(p => p.Root == full))
        {
            return;
        }

        var project = new FactProject(full, indexes: true) { Settings = _settings };
        project.LoadConfig(null);
        _folders.Add(project);
        _folders.Sort((a, b) => b.Root!.Length.CompareTo(a.Root!.Length));
    }

    public async Task RemoveFolderAsync(string root)
    {
        var full = Path.GetFullPath(root);
        var project = _folders.Find(p => p.Root == full);
        if (project == null)
        {
            return;
        }

        _folders.Remove(project);
        CancelWork(project);
        foreach (var doc in project.Corpus.Documents)
        {
            await ClearAsync(UriOf(project, doc.Path)).ConfigureAwait(false);
        }
    }

    /// <summary>Reads every folder's files in the background (with progress), then runs the corpus rules and publishes.</summary>
    public void StartIndexing()
    {
        foreach (var project in _folders.Concat(_loose).Where(p => p.Indexes && !p.IsIndexed && !_indexing.ContainsKey(p)).ToList())
        {
            StartIndexing(project);
        }
    }

    /// <summary>Reads every folder again from disk (the "Lint Workspace" command), keeping the editor's text of open documents.</summary>
    public async Task ReindexAsync()
    {
        foreach (var project in _folders.Concat(_loose).Where(p => p.Indexes).ToList())
        {
            _published.Clear();
            var configText = OpenDocumentOf(project, ConfigLoader.FileName)?.Text;
            await ConfigChangedAsync(project, configText).ConfigureAwait(false);
        }
    }

    public void ApplySettings(EditorSettings settings)
    {
        _settings = settings;
        foreach (var p in Projects)
        {
            p.Settings = settings;
            p.ReanalyzeAll();
            ScheduleCorpusPass(p, 0);
        }
    }

    // ---- documents -------------------------------------------------------------------------

    public async Task OpenAsync(TextDocumentItem item)
    {
        var (project, path) = Locate(item.Uri);
        var doc = new OpenDocument(item.Uri, project, path, item.Version, SourceText.From(item.Text ?? string.Empty));
        _open[item.Uri] = doc;
        if (doc.IsConfig)
        {
            await ConfigChangedAsync(project, doc.Text).ConfigureAwait(false);
            return;
        }

        await AnalyzeOpenAsync(doc).ConfigureAwait(false);
    }

    /// <summary>Applies the edits now; the analysis of this version runs next unless an even newer edit arrives first.</summary>
    /// <param name="skipped">How many change events had a reversed range and were skipped.</param>
    public bool Change(VersionedTextDocumentIdentifier id, IEnumerable<TextDocumentContentChangeEvent> changes, out OpenDocument? document, out int skipped)
    {
        skipped = 0;
        if (!_open.TryGetValue(id.Uri, out document))
        {
            return false;
        }

        document.Text = TextChanges.Apply(document.Text, changes, out skipped);
        document.Version = id.Version;
        CancelPass(document.Project);
        return true;
    }

    /// <summary>Analyses the open document if <paramref name="version"/> is still its newest, and publishes its findings.</summary>
    public async Task AnalyzeIfCurrentAsync(OpenDocument document, int version)
    {
        if (document.Version != version || !_open.ContainsKey(document.Uri))
        {
            return;
        }

        if (document.IsConfig)
        {
            await ConfigChangedAsync(document.Project, document.Text).ConfigureAwait(false);
            return;
        }

        await AnalyzeOpenAsync(document).ConfigureAwait(false);
    }

    public async Task CloseAsync(string uri)
    {
        if (!_open.Remove(uri, out var doc))
        {
            return;
        }

        var project = doc.Project;
        if (doc.IsConfig)
        {
            await ConfigChangedAsync(project, null).ConfigureAwait(false);
            return;
        }

        // Back to what is on disk: the editor's unsaved text is gone.
        var full = project.Root != null ? project.FullPath(doc.Path) : null;
        if (full != null && project.IsFactFile(doc.Path) && project.Indexes && File.Exists(full))
        {
            var reread = ReadDocument(project, doc.Path);
            if (reread != null && !reread.Text.ContentEquals(project.Corpus[doc.Path]?.Text ?? SourceText.From(string.Empty)))
            {
                project.SetDocument(reread);
                ScheduleCorpusPass(project, _settings.DebounceMilliseconds);
            }

            if (_settings.Scope == DiagnosticsScope.OpenFiles)
            {
                await ClearAsync(uri).ConfigureAwait(false);
            }
            else
            {
                _published.Remove(uri);
                await PublishAsync(project, new[] { doc.Path }).ConfigureAwait(false);
            }

            return;
        }

        if (project.RemoveDocument(doc.Path))
        {
            ScheduleCorpusPass(project, _settings.DebounceMilliseconds);
        }

        await ClearAsync(uri).ConfigureAwait(false);
    }

    /// <summary>The open document with this URI, its corpus entry brought up to date with the editor's text.</summary>
    public (OpenDocument? Open, FactProject Project, FactDocument? Document) Current(string uri)
    {
        if (_open.TryGetValue(uri, out var open))
        {
            if (!open.IsConfig && open.Project.IsFactFile(open.Path))
            {
                var existing = open.Project.Corpus[open.Path];
                if (existing == null || !ReferenceEquals(existing.Text, open.Text))
                {
                    open.Project.SetDocument(FactDocument.FromText(open.Path, open.Text));
                }
            }

            return (open, open.Project, open.Project.Corpus[open.Path]);
        }

        var (project, path) = Locate(uri, create: false);
        return (null, project, project.Corpus[path]);
    }

    public OpenDocument? OpenDocumentOf(FactProject project, string path) =>
        _open.Values.FirstOrDefault(d => ReferenceEquals(d.Project, project) && d.Path == path);

    public string UriOf(FactProject project, string path) =>
        OpenDocumentOf(project, path)?.Uri ?? (project.Root != null ? DocumentUris.FromPath(project.FullPath(path)) : path);

    // ---- files changed on disk -------------------------------------------------------------

    public async Task FilesChangedAsync(IEnumerable<FileEvent> events)
    {
        var touched = new HashSet<FactProject>();
        var reconfigured = new HashSet<FactProject>();
        foreach (var e in events)
        {
            var full = DocumentUris.ToPath(e.Uri);
            var project = full == null ? null : _folders.Concat(_loose).FirstOrDefault(p => DocumentUris.IsUnder(full, p.Root!));
            if (project == null || full == null)
            {
                continue;
            }

            var path = project.RelativePath(full);
            project.NoteDiskChange(path);
            if (path == ConfigLoader.FileName)
            {
                if (!_open.ContainsKey(e.Uri))
                {
                    reconfigured.Add(project);
                }

                continue;
            }

            project.Archives?.Invalidate(path);
            project.Session.ArchivesChanged();
            touched.Add(project);
            if (OpenDocumentOf(project, path) != null)
            {
                continue;
            }

            if (e.Type == FileChangeType.Deleted)
            {
                var prefix = path + "/";
                foreach (var gone in project.Corpus.Documents.Where(d => d.Path == path || d.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(d => d.Path).ToList())
                {
                    project.RemoveDocument(gone);
                    await ClearAsync(UriOf(project, gone)).ConfigureAwait(false);
                }
            }
            else if (project.IsFactFile(path) && project.Indexes && ReadDocument(project, path) is FactDocument doc)
            {
                project.SetDocument(doc);
                await PublishAsync(project, new[] { path }).ConfigureAwait(false);
            }
        }

        foreach (var project in reconfigured)
        {
            await ConfigChangedAsync(project, null).ConfigureAwait(false);
        }

        foreach (var project in touched.Except(reconfigured))
        {
            ScheduleCorpusPass(project, _settings.DebounceMilliseconds);
        }
    }

    // ---- analysis and publishing -----------------------------------------------------------

    public void ScheduleCorpusPass(FactProject project, int delayMilliseconds)
    {
        CancelPass(project);
        var cts = new CancellationTokenSource();
        _passes[project] = cts;
        BackgroundWork.Observe(RunCorpusPassAsync(project, delayMilliseconds, cts.Token), "a corpus pass");
    }

    /// <summary>Publishes the findings of the given files where they differ from what the client shows.</summary>
    public async Task PublishAsync(FactProject project, IEnumerable<string> paths)
    {
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var uri = UriOf(project, path);
            var open = OpenDocumentOf(project, path);
            if (open == null && (_settings.Scope == DiagnosticsScope.OpenFiles || !project.Indexes))
            {
                continue;
            }

            var diagnostics = project.DiagnosticsOf(path);
            var fingerprint = LspDiagnostics.Fingerprint(diagnostics) ^ (open?.Version ?? 0);
            if (_published.TryGetValue(uri, out var last) ? last == fingerprint : diagnostics.Count == 0 && open == null)
            {
                continue;
            }

            _published[uri] = fingerprint;
            await _client.PublishDiagnosticsAsync(new PublishDiagnosticsParams
            {
                Uri = uri,
                Version = open?.Version,
                Diagnostics = diagnostics.Select(d => LspDiagnostics.Convert(d, p => UriOf(project, p))).ToList(),
            }).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        foreach (var cts in _passes.Values.Concat(_indexing.Values))
        {
            cts.Cancel();
            cts.Dispose();
        }

        Gate.Dispose();
    }

    private async Task AnalyzeOpenAsync(OpenDocument doc)
    {
        var project = doc.Project;
        if (!project.IsFactFile(doc.Path))
        {
            // Not a fact file under this workspace's include/exclude: the CLI would not lint it either.
            if (project.RemoveDocument(doc.Path))
            {
                ScheduleCorpusPass(project, _settings.DebounceMilliseconds);
            }

            await ClearAsync(doc.Uri).ConfigureAwait(false);
            return;
        }

        Current(doc.Uri);
        _published.Remove(doc.Uri);
        await PublishAsync(project, new[] { doc.Path }).ConfigureAwait(false);
        ScheduleCorpusPass(project, _settings.DebounceMilliseconds);
    }

    private async Task ConfigChangedAsync(FactProject project, SourceText? text)
    {
        project.LoadConfig(text);
        var configUri = UriOf(project, ConfigLoader.FileName);
        _published.Remove(configUri);
        var configDocument = project.ConfigText;
        await _client.PublishDiagnosticsAsync(new PublishDiagnosticsParams
        {
            Uri = configUri,
            Version = OpenDocumentOf(project, ConfigLoader.FileName)?.Version,
            Diagnostics = project.ConfigDiagnostics.Select(d => LspDiagnostics.Convert(d, p => UriOf(project, p))).ToList(),
        }).ConfigureAwait(false);

        if (project.Indexes)
        {
            // Include/exclude, schemas and rules may all have changed: read the folder again.
            var before = project.Corpus.Documents.Select(d => d.Path).ToList();
            CancelWork(project);
            project.Clear();
            project.IsIndexed = false;
            foreach (var open in _open.Values.Where(o => ReferenceEquals(o.Project, project) && !o.IsConfig))
            {
                Current(open.Uri);
            }

            foreach (var path in before.Where(p => project.Corpus[p] == null))
            {
                await ClearAsync(UriOf(project, path)).ConfigureAwait(false);
            }

            StartIndexing(project);
        }
        else
        {
            project.ReanalyzeAll();
            ScheduleCorpusPass(project, 0);
        }
    }

    private void StartIndexing(FactProject project)
    {
        var cts = new CancellationTokenSource();
        _indexing[project] = cts;
        BackgroundWork.Observe(IndexAsync(project, cts.Token), "reading the workspace");
    }

    private async Task IndexAsync(FactProject project, CancellationToken cancellationToken)
    {
        IProgressReporter? progress = null;
        try
        {
            progress = await _client.BeginProgressAsync("FactLint", $"Reading fact files in {Path.GetFileName(project.Root)}").ConfigureAwait(false);
            var root = project.Root!;
            var options = project.Options;
            long startedAt;
            using (await Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                startedAt = project.DiskClock;
            }

            var paths = await Task.Run(() => FactFileDiscovery.Discover(root, project.Config), cancellationToken).ConfigureAwait(false);
            var documents = new FactDocument?[paths.Count];
            var findings = new List<FactLint.Diagnostics.Diagnostic>[paths.Count];
            var done = 0;
            var lastReported = Environment.TickCount64;
            await Task.Run(
                () => Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                {
                    var doc = ReadDocument(project, paths[i]);
                    documents[i] = doc;
                    if (doc != null)
                    {
                        findings[i] = AnalysisSession.FileFindings(doc, options);
                    }

                    var n = Interlocked.Increment(ref done);
                    var now = Environment.TickCount64;
                    var last = Interlocked.Read(ref lastReported);
                    if (now - last > 200 && Interlocked.CompareExchange(ref lastReported, now, last) == last)
                    {
                        BackgroundWork.Observe(progress.ReportAsync($"{n} of {paths.Count} files", (int)(100L * n / Math.Max(1, paths.Count))), "a progress report");
                    }
                }),
                cancellationToken).ConfigureAwait(false);

            List<string> added;
            using (await Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                added = new List<string>(paths.Count);
                for (var i = 0; i < paths.Count; i++)
                {
                    // A file deleted or changed on disk while it was being read is already as it should be.
                    if (documents[i] is FactDocument doc && OpenDocumentOf(project, doc.Path) == null && !project.ChangedOnDiskSince(doc.Path, startedAt))
                    {
                        project.SetDocument(doc, findings[i]);
                        added.Add(doc.Path);
                    }
                }

                project.IsIndexed = true;
                _indexing.Remove(project);
                await PublishAsync(project, added).ConfigureAwait(false);
                ScheduleCorpusPass(project, 0);
                Indexed?.Invoke(project);
            }

            await progress.EndAsync($"{added.Count} fact files read").ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            if (progress != null)
            {
                await progress.EndAsync("Cancelled").ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Background work reports its failure to the client's log; the server goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await _client.LogAsync(MessageType.Error, $"FactLint could not read the workspace {project.Root}: {ex}").ConfigureAwait(false);
            if (progress != null)
            {
                await progress.EndAsync("Failed: see the FactLint output").ConfigureAwait(false);
            }
        }
    }

    private async Task RunCorpusPassAsync(FactProject project, int delayMilliseconds, CancellationToken cancellationToken)
    {
        try
        {
            if (delayMilliseconds > 0)
            {
                await Task.Delay(delayMilliseconds, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.Yield();
            }

            CorpusSnapshot snapshot;
            using (await Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                snapshot = project.Session.Snapshot();
            }

            // The pass runs on a snapshot (documents are immutable), so edits go on meanwhile.
            var byPath = await Task.Run(() => AnalysisSession.RunCorpusRules(snapshot, null, cancellationToken), cancellationToken).ConfigureAwait(false);
            using (await Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
            {
                var affected = new HashSet<string>(project.PathsWithCorpusFindings, StringComparer.Ordinal);
                affected.UnionWith(byPath.Keys);
                project.Session.AcceptCorpusFindings(snapshot, byPath);
                await PublishAsync(project, affected.Where(p => project.Corpus[p] != null)).ConfigureAwait(false);
                CorpusPassCompleted?.Invoke(project);
                if (_settings.CodeLens)
                {
                    await _client.RefreshCodeLensAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
#pragma warning disable CA1031 // Background work reports its failure to the client's log; the server goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await _client.LogAsync(MessageType.Error, $"FactLint's corpus rules failed: {ex}").ConfigureAwait(false);
        }
    }

    private void CancelPass(FactProject project)
    {
        if (_passes.Remove(project, out var cts))
        {
            cts.Cancel();
            cts.Dispose();
        }
    }

    private void CancelWork(FactProject project)
    {
        CancelPass(project);
        if (_indexing.Remove(project, out var cts))
        {
            cts.Cancel();
            cts.Dispose();
        }
    }

    private async Task ClearAsync(string uri)
    {
        if (_published.Remove(uri))
        {
            await _client.PublishDiagnosticsAsync(new PublishDiagnosticsParams { Uri = uri }).ConfigureAwait(false);
        }
    }

    /// <summary>The project a URI belongs to (the deepest workspace folder holding it, else the folder of its nearest factlint.yaml) and its path there.</summary>
    private (FactProject Project, string Path) Locate(string uri, bool create = true)
    {
        var full = DocumentUris.ToPath(uri);
        if (full == null)
        {
            return (_scratch, uri);
        }

        var project = _folders.Concat(_loose).FirstOrDefault(p => DocumentUris.IsUnder(full, p.Root!));
        if (project == null)
        {
            if (!create)
            {
                return (_scratch, uri);
            }

            var root = WorkspaceLocator.FindRoot(full);
            var hasConfig = File.Exists(Path.Combine(root, ConfigLoader.FileName));
            project = new FactProject(root, indexes: hasConfig) { Settings = _settings };
            project.LoadConfig(null);
            _loose.Add(project);
            if (hasConfig)
            {
                StartIndexing(project);
            }
        }

        return (project, project.RelativePath(full));
    }

    /// <summary>A file on disk through the engine's bounded reader, as the CLI reads it (an unreadable one becomes a document that says why).</summary>
    private static FactDocument? ReadDocument(FactProject project, string path)
    {
        var content = FactLint.FileSystem.BoundedFileReader.Read(project.FullPath(path), FactLint.Syntax.ParseLimits.Default.MaxFileBytes, project.Root);
        if (content.IsMissing)
        {
            return null;
        }

        return content.Bytes != null ? FactDocument.FromBytes(path, content.Bytes) : FactDocument.Unreadable(path, content.Problem!);
    }
}
