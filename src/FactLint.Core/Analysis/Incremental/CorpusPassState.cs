using System;
using System.Collections.Generic;
using FactLint.Corpus;

namespace FactLint.Analysis.Incremental;

/// <summary>
/// What one corpus pass leaves for the next in a long-lived session (the editor's): the pass's own
/// corpus and index, brought up to date file by file instead of rebuilt, and every rule's kept
/// results (<see cref="RuleMemo"/>). Each pass starts by comparing its snapshot with the files the
/// previous pass saw and dropping what the change invalidates; results are then only ever added for
/// the new files, so a pass cancelled half-way leaves nothing stale behind. One pass at a time.
/// </summary>
internal sealed class CorpusPassState
{
    private readonly Dictionary<string, FactDocument> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<Rule, RuleMemo> _memos = new();
    private readonly Dictionary<Type, (CorpusAspects Reads, object Value)> _kept = new();
    private readonly Dictionary<(Type, string), (CorpusAspects Reads, object Value)> _perDocument = new();
    private readonly Dictionary<Type, (CorpusAspects Reads, object Value)> _remembered = new();
    private AnalysisOptions? _options;
    private CorpusAspects _pending;

    /// <summary>Held for a pass's whole length: a cancelled pass may still be finishing when the next begins.</summary>
    public object Lock { get; } = new();

    public FactCorpus Corpus { get; } = new();

    /// <summary>Passes whose kept results did not all hold and that ran again from nothing (a rule read more than it declared): zero, or a bug.</summary>
    public int FullReruns { get; private set; }

    /// <summary>The finding that did not hold, for the test that keeps <see cref="FullReruns"/> at zero.</summary>
    public string? LastRerunCause { get; private set; }

    public PassDelta Delta { get; private set; } = new(true, new Dictionary<string, FactDocument?>(), CorpusAspects.All, CorpusAspects.All);

    /// <summary>Something outside the fact files changed (an archived copy on disk): results that read it are dropped at the next pass.</summary>
    public void Invalidate(CorpusAspects aspects)
    {
        lock (Lock)
        {
            _pending |= aspects;
        }
    }

    /// <summary>Brings the pass's corpus to the snapshot and drops what the change invalidated. Call with <see cref="Lock"/> held.</summary>
    public PassDelta Begin(CorpusSnapshot snapshot)
    {
        var changed = new Dictionary<string, FactDocument?>(StringComparer.Ordinal);
        var aspects = _pending;
        var touched = CorpusAspects.None;
        _pending = CorpusAspects.None;
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in snapshot.Documents)
        {
            current.Add(doc.Path);
            _seen.TryGetValue(doc.Path, out var before);
            if (!ReferenceEquals(before, doc))
            {
                changed[doc.Path] = before;
                aspects |= DocumentAspects.Changed(before, doc);
                touched |= DocumentAspects.Present(before) | DocumentAspects.Present(doc);
                Corpus.SetDocument(doc);
                _seen[doc.Path] = doc;
            }
        }

        if (_seen.Count != current.Count)
        {
            var gone = new List<string>();
            foreach (var path in _seen.Keys)
            {
                if (!current.Contains(path))
                {
                    gone.Add(path);
                }
            }

            foreach (var path in gone)
            {
                changed[path] = _seen[path];
                aspects |= DocumentAspects.Changed(_seen[path], null);
                touched |= DocumentAspects.Present(_seen[path]);
                Corpus.RemoveDocument(path);
                _seen.Remove(path);
            }
        }

        var first = !ReferenceEquals(_options, snapshot.Options);
        _options = snapshot.Options;
        Delta = new PassDelta(first, changed, aspects, touched);
        if (first)
        {
            Forget();
        }
        else
        {
            Pruning.RemoveWhere(_remembered, (_, kept) => !Delta.Keeps(kept.Reads));
            foreach (var memo in _memos.Values)
            {
                memo.Drop(Delta);
            }

            Pruning.RemoveWhere(_kept, (_, kept) => !Delta.KeepsWhole(kept.Reads));
            Pruning.RemoveWhere(_perDocument, (key, kept) => Delta.ChangedPaths.ContainsKey(key.Item2) || !Delta.Keeps(kept.Reads));
        }

        return Delta;
    }

    /// <summary>Forgets everything: the next pass computes it all (after a kept result was found not to hold).</summary>
    public void Reset(string? cause = null)
    {
        FullReruns++;
        LastRerunCause = cause;
        _options = null;
        Forget();
    }

    private void Forget()
    {
        _memos.Clear();
        _kept.Clear();
        _perDocument.Clear();
        _remembered.Clear();
    }

    public object? Remembered(Type type) => _remembered.TryGetValue(type, out var value) ? value.Value : null;

    public void Remember(Type type, CorpusAspects reads, object value) => _remembered[type] = (reads, value);

    public bool TryGetPerDocument(Type type, string path, out object value)
    {
        var found = _perDocument.TryGetValue((type, path), out var kept);
        value = kept.Value;
        return found;
    }

    public void SetPerDocument(Type type, string path, CorpusAspects reads, object value) => _perDocument[(type, path)] = (reads, value);

    public RuleMemo MemoOf(Rule rule)
    {
        if (!_memos.TryGetValue(rule, out var memo))
        {
            _memos[rule] = memo = new RuleMemo();
        }

        return memo;
    }

    public bool TryGetKept(Type type, out object value)
    {
        if (_kept.TryGetValue(type, out var kept))
        {
            value = kept.Value;
            return true;
        }

        value = null!;
        return false;
    }

    public void Keep(Type type, CorpusAspects reads, object value) => _kept[type] = (reads, value);
}
