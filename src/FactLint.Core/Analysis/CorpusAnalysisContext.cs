using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Analysis.Incremental;
using FactLint.Archives;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analysis;

/// <summary>What a corpus rule sees: every document, the index, the config.</summary>
public sealed class CorpusAnalysisContext
{
    private readonly Rule _rule;
    private readonly List<Diagnostic> _sink;

    private readonly SharedModels _shared;
    private readonly CorpusPassState? _state;
    private readonly RuleMemo? _memo;

    internal CorpusAnalysisContext(Rule rule, FactCorpus corpus, IReadOnlyList<FactDocument> documents, FactLintConfig config, IArchiveStore? archives, SharedModels shared, List<Diagnostic> sink, CorpusPassState? state, System.Threading.CancellationToken cancellationToken)
    {
        _state = state;
        _memo = state?.MemoOf(rule);
        CancellationToken = cancellationToken;
        Archives = archives;
        _shared = shared;
        _rule = rule;
        Corpus = corpus;
        Documents = documents;
        Config = config;
        _sink = sink;
    }

    public FactCorpus Corpus { get; }

    /// <summary>Set when the host no longer wants this run (the editor's text changed again); long rules check it between files.</summary>
    public System.Threading.CancellationToken CancellationToken { get; }

    /// <summary>Whether a rule may use several threads (the host's choice: the language server and the compiler parallelise themselves).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Options for a rule's own parallel loop: the host's threading and cancellation.</summary>
    public System.Threading.Tasks.ParallelOptions ParallelOptions => new() { CancellationToken = CancellationToken, MaxDegreeOfParallelism = Parallel ? -1 : 1 };

    /// <summary>The documents in path order.</summary>
    public IReadOnlyList<FactDocument> Documents { get; }

    public CorpusIndex Index => Corpus.Index;

    public FactLintConfig Config { get; }

    /// <summary>Archived sources; null when the host cannot read them.</summary>
    public IArchiveStore? Archives { get; }

    /// <summary>Quote searches of earlier runs; null when the host keeps none.</summary>
    public FactLint.Quotes.IQuoteSearchCache? QuoteSearches { get; init; }

    /// <summary>
    /// A model built once per run and shared by every corpus rule that needs it (the claim groups
    /// serve four rules); built by the first rule that asks.
    /// </summary>
    public T Shared<T>(Func<CorpusAnalysisContext, T> create)
        where T : class => _shared.GetOrCreate(() => create(this));

    /// <summary>
    /// A model built from <paramref name="reads"/> of every file, shared by the rules of this pass
    /// and kept for the next passes while no changed file has any such part (the name catalog is
    /// rebuilt only when an entity's file changes).
    /// </summary>
    public T Shared<T>(CorpusAspects reads, Func<CorpusAnalysisContext, T> create)
        where T : class => _shared.GetOrCreate(() =>
        {
            if (_state != null && _state.TryGetKept(typeof(T), out var kept))
            {
                return (T)kept;
            }

            var value = create(this);
            _state?.Keep(typeof(T), reads, value);
            return value;
        });

    /// <summary>
    /// What <see cref="Remember{T}"/> stored in the last pass, if the <paramref name="reads"/> of
    /// every file are unchanged since (text and offsets): a model rebuilt each pass can then reuse
    /// the parts of the last one that nothing changed (claim groups whose claims are all the same).
    /// </summary>
    public T? Previous<T>(CorpusAspects reads)
        where T : class => _state?.Remembered(typeof(T)) is T value && _state.Delta.Keeps(reads) ? value : null;

    /// <summary>Stores this pass's model for the next pass's <see cref="Previous{T}"/>.</summary>
    public void Remember<T>(CorpusAspects reads, T value)
        where T : class => _state?.Remember(typeof(T), reads, value);

    /// <summary>
    /// A value computed from one file and the <paramref name="reads"/> of the others (its claims
    /// read against every property declaration), kept while neither changes. It must hold nodes of
    /// its own file only: of the others, it may keep words, never places.
    /// </summary>
    public T PerDocument<T>(FactDocument document, CorpusAspects reads, Func<FactDocument, T> create)
        where T : class
    {
        if (_state != null && _state.TryGetPerDocument(typeof(T), document.Path, out var value))
        {
            return (T)value;
        }

        var created = create(document);
        _state?.SetPerDocument(typeof(T), document.Path, reads, created);
        return created;
    }

    /// <summary>
    /// Runs <paramref name="analyze"/> for every document, the findings it reports attributed to that
    /// document. After an edit, a document that did not change keeps its findings when the
    /// <paramref name="reads"/> of other files did not change either and every place they point at
    /// still holds the same text; the others are analysed afresh.
    /// </summary>
    public void ForEachDocument(CorpusAspects reads, Action<FactDocument> analyze)
    {
        foreach (var document in DocumentsToAnalyse(reads))
        {
            CancellationToken.ThrowIfCancellationRequested();
            Analysed(document, reads, () => analyze(document));
        }
    }

    /// <summary>
    /// The documents whose findings must be computed afresh (in path order); the kept findings of
    /// the others are reported now. Report each returned document's findings inside
    /// <see cref="Analysed"/> — for a rule that gathers its work first and runs it in parallel.
    /// </summary>
    public IReadOnlyList<FactDocument> DocumentsToAnalyse(CorpusAspects reads)
    {
        if (_memo == null || _state == null)
        {
            return Documents;
        }

        var fresh = new List<FactDocument>();
        foreach (var document in Documents)
        {
            if (_memo.TryGetDocument(document.Path, out var kept) && FindingRebinder.TryRebindAll(kept, Corpus, _state.Delta, out var rebound))
            {
                _sink.AddRange(rebound);
                if (!ReferenceEquals(rebound, kept))
                {
                    _memo.SetDocument(document.Path, reads, rebound);
                }
            }
            else
            {
                fresh.Add(document);
            }
        }

        return fresh;
    }

    /// <summary>Reports one document's findings (everything <paramref name="report"/> reports), kept for the next passes.</summary>
    public void Analysed(FactDocument document, CorpusAspects reads, Action report)
    {
        var start = _sink.Count;
        report();
        _memo?.SetDocument(document.Path, reads, _sink.GetRange(start, _sink.Count - start).ToArray());
    }

    /// <summary>
    /// Runs <paramref name="analyze"/> once for <paramref name="key"/>, or keeps its findings from the
    /// last pass when it was given equal <paramref name="inputs"/> then (objects by reference, numbers and words by value) and
    /// the <paramref name="reads"/> of every file are unchanged — a claim group whose claims all
    /// come from unchanged files, its property's declaration unchanged.
    /// </summary>
    public void Once(string key, CorpusAspects reads, object?[] inputs, Action analyze)
    {
        if (_memo != null && _state != null && _memo.TryGetKeyed(key, inputs, out var kept)
            && FindingRebinder.TryRebindAll(kept, Corpus, _state.Delta, out var rebound))
        {
            _sink.AddRange(rebound);
            _memo.SetKeyed(key, reads, inputs, rebound);
            return;
        }

        var start = _sink.Count;
        analyze();
        _memo?.SetKeyed(key, reads, inputs, _sink.GetRange(start, _sink.Count - start).ToArray());
    }

    /// <summary>
    /// <see cref="Once"/> for each of <paramref name="items"/> (a rule's claim groups), with the items
    /// whose findings are not kept analysed on every core when the host allows. Each batch of items
    /// reports into a context of its own, which may only report (it keeps nothing between passes),
    /// and the findings come out in item order, exactly as a loop of <see cref="Once"/> gives them.
    /// </summary>
    public void OnceEach<T>(IReadOnlyList<T> items, Func<T, string> key, CorpusAspects reads, Func<T, object?[]> inputs, Action<CorpusAnalysisContext, T> analyze)
    {
        var keys = new string[items.Count];
        var inputsOf = new object?[items.Count][];
        var kept = new Diagnostic[]?[items.Count];
        var fresh = new List<int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            keys[i] = key(items[i]);
            inputsOf[i] = inputs(items[i]);
            if (_memo != null && _state != null && _memo.TryGetKeyed(keys[i], inputsOf[i], out var found)
                && FindingRebinder.TryRebindAll(found, Corpus, _state.Delta, out var rebound))
            {
                kept[i] = rebound;
            }
            else
            {
                fresh.Add(i);
            }
        }

        var batches = new ItemBatches(fresh.Count);
        void AnalyseBatch(int b)
        {
            var sink = batches.Sinks[b] = new List<Diagnostic>();
            var batch = new CorpusAnalysisContext(_rule, Corpus, Documents, Config, Archives, _shared, sink, null, CancellationToken) { Parallel = false, QuoteSearches = QuoteSearches };
            for (var j = ItemBatches.First(b); j < batches.End(b); j++)
            {
                analyze(batch, items[fresh[j]]);
                batches.Ends[j] = sink.Count;
            }
        }

        if (Parallel && batches.Count > 1)
        {
            try
            {
                System.Threading.Tasks.Parallel.For(0, batches.Count, ParallelOptions, AnalyseBatch);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // Fail as a loop of Once fails: with the rule's own exception, which FL0001 then names.
                var first = ex.InnerExceptions[0];
                foreach (var inner in ex.InnerExceptions)
                {
                    if (inner is not OperationCanceledException)
                    {
                        first = inner;
                        break;
                    }
                }

                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
                throw;
            }
        }
        else
        {
            for (var b = 0; b < batches.Count; b++)
            {
                CancellationToken.ThrowIfCancellationRequested();
                AnalyseBatch(b);
            }
        }

        for (int i = 0, j = 0; i < items.Count; i++)
        {
            var findings = kept[i];
            if (findings == null)
            {
                var (sink, start, end) = batches.Findings(j++);
                if (_memo == null)
                {
                    for (var k = start; k < end; k++)
                    {
                        _sink.Add(sink[k]);
                    }

                    continue;
                }

                findings = sink.GetRange(start, end - start).ToArray();
            }

            _sink.AddRange(findings);
            _memo?.SetKeyed(keys[i], reads, inputsOf[i], findings);
        }
    }

    /// <summary>
    /// The fresh items of <see cref="OnceEach"/> in batches: enough of them to keep every core busy
    /// to the end, each large enough that a batch's context and list cost nothing beside its work.
    /// </summary>
    private sealed class ItemBatches
    {
        private const int Size = 64;

        public ItemBatches(int items)
        {
            Count = (items + Size - 1) / Size;
            Sinks = new List<Diagnostic>[Count];
            Ends = new int[items];
        }

        public int Count { get; }

        /// <summary>Each batch's findings, in item order.</summary>
        public List<Diagnostic>[] Sinks { get; }

        /// <summary>For each item, where its findings end in its batch's list.</summary>
        public int[] Ends { get; }

        public static int First(int batch) => batch * Size;

        public int End(int batch) => Math.Min(Ends.Length, (batch + 1) * Size);

        public (List<Diagnostic> Sink, int Start, int End) Findings(int item) =>
            (Sinks[item / Size], item % Size == 0 ? 0 : Ends[item - 1], Ends[item]);
    }

    public void Report(FactDocument document, TextSpan span, string message, ImmutableArray<RelatedLocation> related = default, ImmutableArray<CodeFix> fixes = default) =>
        _sink.Add(Diagnostic.Create(_rule.Descriptor, new SourceLocation(document.Path, document.Text, span), message, related, fixes));

    public SourceLocation Location(string path, TextSpan span)
    {
        var doc = Corpus[path];
        return new SourceLocation(path, doc?.Text ?? SourceText.From(string.Empty), span);
    }
}
