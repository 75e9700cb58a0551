using System.Collections.Generic;
using FactLint.Corpus;

namespace FactLint.Analysis.Incremental;

/// <summary>What changed since the corpus pass before this one: which files, and which of their parts.</summary>
internal sealed class PassDelta
{
    public PassDelta(bool isFirst, IReadOnlyDictionary<string, FactDocument?> changedPaths, CorpusAspects changedAspects, CorpusAspects touchedAspects)
    {
        IsFirst = isFirst;
        ChangedPaths = changedPaths;
        ChangedAspects = changedAspects;
        TouchedAspects = touchedAspects | changedAspects;
    }

    /// <summary>No earlier pass to build on (the first, or the options changed): everything is computed.</summary>
    public bool IsFirst { get; }

    /// <summary>Files added, replaced or removed, each with its version at the earlier pass (null when new).</summary>
    public IReadOnlyDictionary<string, FactDocument?> ChangedPaths { get; }

    public CorpusAspects ChangedAspects { get; }

    /// <summary>The parts the changed files have at all, before or after: a value built from them may hold their old nodes, even where their text did not change.</summary>
    public CorpusAspects TouchedAspects { get; }

    /// <summary>Whether findings computed from <paramref name="reads"/> of other files still hold (their places are checked again: <see cref="FindingRebinder"/>).</summary>
    public bool Keeps(CorpusAspects reads) => !IsFirst && (ChangedAspects & reads) == 0;

    /// <summary>Whether a value built from <paramref name="reads"/> of every file still holds, nodes and all: no changed file has any such part.</summary>
    public bool KeepsWhole(CorpusAspects reads) => !IsFirst && (TouchedAspects & reads) == 0;
}
