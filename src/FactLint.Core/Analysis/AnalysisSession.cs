using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using FactLint.Analysis.Incremental;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Analysis;

/// <summary>
/// One corpus under analysis, for every host: documents in (each replaced as it changes), finished
/// diagnostics out — per-file rules, corpus rules, config severities, suppressions and FL9001 —
/// the same way for the CLI, the language server and the compiler. Per-file findings are kept for
/// each document as it is now; corpus findings come from the last corpus pass, which may be older
/// than the documents (the editor runs it when typing pauses), and are carried onto the current
/// text until the next pass (<see cref="DiagnosticShifter"/>). The host chooses the threading
/// (<see cref="AnalysisOptions.Parallel"/>) and passes its cancellation; a session is not
/// thread-safe — the host serialises calls — but a corpus pass can run off the host's thread on
/// a <see cref="CorpusSnapshot"/> while edits go on. Model: rust-analyzer's host/snapshot split.
/// </summary>
public sealed class AnalysisSession
{
    private readonly Dictionary<string, List<Diagnostic>> _fileFindings = new(StringComparer.Ordinal);
    private Dictionary<string, (Microsoft.CodeAnalysis.Text.SourceText Text, List<Diagnostic> Raw)> _corpusFindings = new(StringComparer.Ordinal);
    private readonly CorpusPassState _passState = new();

    public AnalysisSession(AnalysisOptions options, FactCorpus? corpus = null)
    {
        Options = options;
        Corpus = corpus ?? new FactCorpus();
    }

    public AnalysisOptions Options { get; private set; }

    public FactCorpus Corpus { get; private set; }

    /// <summary>Bumped by every change of a document or the options: a corpus pass started before a bump is stale.</summary>
    public long Generation { get; private set; }

    /// <summary>Paths that have (or had, in the last pass) corpus findings.</summary>
    public IEnumerable<string> PathsWithCorpusFindings => _corpusFindings.Keys;

    /// <summary>Adds or replaces a document and runs its per-file rules now.</summary>
    public void SetDocument(FactDocument document) => SetDocument(document, CorpusAnalyzer.AnalyzeFile(document, Options));

    /// <summary>Adds or replaces a document whose per-file findings the host computed (in parallel, while indexing).</summary>
    public void SetDocument(FactDocument document, List<Diagnostic> fileFindings)
    {
        Corpus.SetDocument(document);
        _fileFindings[document.Path] = fileFindings;
        Generation++;
    }

    /// <summary>Stores per-file findings the host computed for a document the corpus already holds, as it is (no index change).</summary>
    public void SetFileFindings(FactDocument document, List<Diagnostic> fileFindings)
    {
        if (!ReferenceEquals(Corpus[document.Path], document))
        {
            SetDocument(document, fileFindings);
            return;
        }

        _fileFindings[document.Path] = fileFindings;
        Generation++;
    }

    /// <summary>Whether the document's per-file rules have run in this session.</summary>
    public bool HasFileFindings(string path) => _fileFindings.ContainsKey(path);

    public bool RemoveDocument(string path)
    {
        _fileFindings.Remove(path);
        Generation++;
        return Corpus.RemoveDocument(path);
    }

    /// <summary>Forgets every document (before a re-read after a config change).</summary>
    public void Clear()
    {
        Corpus = new FactCorpus();
        _fileFindings.Clear();
        _corpusFindings = new(StringComparer.Ordinal);
        Generation++;
    }

    /// <summary>New options (config or editor settings); with <paramref name="reanalyze"/> every document's per-file rules run again now.</summary>
    /// <param name="parallel">Overrides the options' threading for this one re-run (a host that is idle may use every core).</param>
    public void Reconfigure(AnalysisOptions options, bool reanalyze = true, bool? parallel = null)
    {
        Options = options;
        Generation++;
        if (reanalyze)
        {
            AnalyzeFiles(Corpus.Documents, null, parallel);
        }
    }

    /// <summary>The per-file rules of these documents (all at once where the options allow), from the options' cache where it holds them.</summary>
    public void AnalyzeFiles(IReadOnlyList<FactDocument> documents, long[]? ruleTicks = null, bool? parallel = null)
    {
        var options = Options;
        var rules = CorpusAnalyzer.EnabledFileRules(options);
        var ticks = ruleTicks ?? new long[rules.Length];
        var findings = new List<Diagnostic>[documents.Count];

        void RunOne(int i)
        {
            var doc = documents[i];
            if (options.FileResults != null && options.FileResults.TryGet(doc, out var cached))
            {
                findings[i] = new List<Diagnostic>(cached);
                return;
            }

            var sink = new List<Diagnostic>();
            CorpusAnalyzer.RunFileRules(doc, options, rules, sink, ticks);
            options.FileResults?.Store(doc, sink.ToArray());
            findings[i] = sink;
        }

        if ((parallel ?? options.Parallel) && documents.Count > 1)
        {
            System.Threading.Tasks.Parallel.For(0, documents.Count, RunOne);
        }
        else
        {
            for (var i = 0; i < documents.Count; i++)
            {
                RunOne(i);
            }
        }

        for (var i = 0; i < documents.Count; i++)
        {
            _fileFindings[documents[i].Path] = findings[i];
        }

        Generation++;
    }

    /// <summary>What a corpus pass needs, taken now: it can then run on another thread while the session changes.</summary>
    public CorpusSnapshot Snapshot() => new(Corpus.Documents.ToArray(), Options, Generation) { State = _passState };

    /// <summary>What corpus passes keep from one to the next (tests look at it).</summary>
    internal CorpusPassState PassState => _passState;

    /// <summary>Archived copies of sources changed on disk: the next corpus pass reads them again.</summary>
    public void ArchivesChanged() => _passState.Invalidate(CorpusAspects.Archives);

    /// <summary>Runs the corpus rules of a snapshot; touches no session state.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyDictionary<string, List<Diagnostic>> RunCorpusRules(CorpusSnapshot snapshot, RuleTimes? times, CancellationToken cancellationToken) =>
        snapshot.State == null
            ? CorpusAnalyzer.RunCorpusRules(new FactCorpus(snapshot.Documents), snapshot.Options, times, cancellationToken)
            : CorpusAnalyzer.RunCorpusRules(snapshot, snapshot.State, times, cancellationToken);

    /// <summary>Takes the findings of a corpus pass over <paramref name="snapshot"/> as the current corpus findings.</summary>
    public void AcceptCorpusFindings(CorpusSnapshot snapshot, IReadOnlyDictionary<string, List<Diagnostic>> byPath)
    {
        var next = new Dictionary<string, (Microsoft.CodeAnalysis.Text.SourceText, List<Diagnostic>)>(StringComparer.Ordinal);
        foreach (var doc in snapshot.Documents)
        {
            if (byPath.TryGetValue(doc.Path, out var list))
            {
                next[doc.Path] = (doc.Text, list);
            }
        }

        _corpusFindings = next;
    }

    /// <summary>Runs the corpus rules here and now, on this thread (the CLI, the compiler).</summary>
    public void RunCorpusPass(RuleTimes? times = null, CancellationToken cancellationToken = default)
    {
        var snapshot = Snapshot();
        AcceptCorpusFindings(snapshot, RunCorpusRules(snapshot, times, cancellationToken));
    }

    /// <summary>The last corpus pass's raw findings of one rule (spans as of that pass).</summary>
    public IEnumerable<Diagnostic> CorpusFindingsOf(string ruleId) => _corpusFindings.Values.SelectMany(f => f.Raw).Where(d => d.Id == ruleId);

    /// <summary>The findings of one file now, after severities and suppressions, in report order.</summary>
    public List<Diagnostic> DiagnosticsOf(string path)
    {
        var output = new List<Diagnostic>();
        var document = Corpus[path];
        if (document == null)
        {
            return output;
        }

        var raw = _fileFindings.TryGetValue(path, out var findings) ? new List<Diagnostic>(findings) : new List<Diagnostic>();
        if (_corpusFindings.TryGetValue(path, out var fromCorpus))
        {
            raw.AddRange(DiagnosticShifter.Shift(fromCorpus.Raw, fromCorpus.Text, document.Text));
        }

        CorpusAnalyzer.Finish(document, raw, Options, output);
        output.Sort(DiagnosticOrder.Instance);
        return output;
    }

    /// <summary>One file's findings from its per-file rules alone, finished (what a host can know of a file without the corpus).</summary>
    public static List<Diagnostic> FileOnly(FactDocument document, AnalysisOptions options)
    {
        var session = new AnalysisSession(options);
        session.SetDocument(document);
        return session.DiagnosticsOf(document.Path);
    }

    /// <summary>Per-file rule findings of a document, before severities and suppressions: what a host computes in parallel and hands to <see cref="SetDocument(FactDocument, List{Diagnostic})"/>.</summary>
    public static List<Diagnostic> FileFindings(FactDocument document, AnalysisOptions options) => CorpusAnalyzer.AnalyzeFile(document, options);

    /// <summary>Every finding of the corpus now, in report order.</summary>
    public ImmutableArray<Diagnostic> AllDiagnostics()
    {
        // Each file is finished on its own (it only reads the session), so files go side by side
        // where the host allows: on one core this took 20-28 ms of 60,000 findings while the other
        // core sat idle.
        var documents = Corpus.Documents;
        var perFile = new List<Diagnostic>[documents.Count];
        if (Options.Parallel && documents.Count > 1)
        {
            System.Threading.Tasks.Parallel.For(0, documents.Count, i => perFile[i] = DiagnosticsOf(documents[i].Path));
        }
        else
        {
            for (var i = 0; i < documents.Count; i++)
            {
                perFile[i] = DiagnosticsOf(documents[i].Path);
            }
        }

        var count = 0;
        foreach (var list in perFile)
        {
            count += list.Count;
        }

        var all = ImmutableArray.CreateBuilder<Diagnostic>(count);
        foreach (var list in perFile)
        {
            all.AddRange(list);
        }

        // Files come in path order and each file's findings in report order, so the whole is
        // normally in order already; checking that is one comparison per finding, where sorting
        // again was twenty.
        if (!DiagnosticOrder.IsOrdered(all))
        {
            all.Sort(DiagnosticOrder.Instance);
        }

        return all.MoveToImmutable();
    }

    /// <summary>The whole analysis of a corpus read at once: what <c>factlint lint</c> runs.</summary>
    public static AnalysisResult Analyze(FactCorpus corpus, AnalysisOptions options)
    {
        var session = new AnalysisSession(options, corpus);
        var fileRules = CorpusAnalyzer.EnabledFileRules(options);
        var ticks = new long[fileRules.Length];
        var times = new RuleTimes();
        var start = Stopwatch.GetTimestamp();
        session.AnalyzeFiles(corpus.Documents, ticks);
        times.AddStage("per-file rules", Stopwatch.GetTimestamp() - start);
        for (var r = 0; r < fileRules.Length; r++)
        {
            times.Add(fileRules[r].Id, ticks[r]);
        }

        // One pass and done: nothing to keep for a next pass, so none of the bookkeeping of keeping it.
        // Nothing edits the corpus while this runs, so the rules read it as it is, not a copy that
        // builds its index again (a tenth of a second, on one core, for 1,000 files).
        start = Stopwatch.GetTimestamp();
        var snapshot = session.Snapshot() with { State = null };
        session.AcceptCorpusFindings(snapshot, CorpusAnalyzer.RunCorpusRules(corpus, options, times, CancellationToken.None));
        times.AddStage("corpus rules", Stopwatch.GetTimestamp() - start);
        start = Stopwatch.GetTimestamp();
        var all = session.AllDiagnostics();
        times.AddStage("severities, suppressions, order", Stopwatch.GetTimestamp() - start);
        return new AnalysisResult(all, corpus.Documents.Count, times);
    }
}
