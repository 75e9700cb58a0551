using System;
using System.Diagnostics;

namespace FactLint.Analysis;

/// <summary>
/// Time spent in each rule, by id, for <c>--timings</c>. Arrays of stopwatch ticks, not a dictionary
/// of <see cref="TimeSpan"/>: the generic code of a collection over a value type is not in the
/// ReadyToRun images, and an immutable dictionary of TimeSpan was JIT-compiled on every run, small
/// or large (about 130 methods, a fifth of all a one-file lint compiled). Not for use by several
/// threads at once; a run has a few dozen rules, so finding one by a linear search is enough.
/// </summary>
public sealed class RuleTimes
{
    private string[] _ids = new string[32];
    private long[] _ticks = new long[32];
    private string[] _stages = new string[4];
    private long[] _stageTicks = new long[4];

    /// <summary>How many stages of the analysis (per-file rules, corpus rules, ...) were timed.</summary>
    public int StageCount { get; private set; }

    public int Count { get; private set; }

    /// <summary>Adds time to a rule's total.</summary>
    public void Add(string ruleId, long stopwatchTicks)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_ids[i], ruleId, StringComparison.Ordinal))
            {
                _ticks[i] += stopwatchTicks;
                return;
            }
        }

        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, Count * 2);
            Array.Resize(ref _ticks, Count * 2);
        }

        _ids[Count] = ruleId;
        _ticks[Count] = stopwatchTicks;
        Count++;
    }

    /// <summary>Adds every rule's time of another run (several workspaces linted at once).</summary>
    public void Add(RuleTimes other)
    {
        for (var i = 0; i < other.Count; i++)
        {
            Add(other._ids[i], other._ticks[i]);
        }

        for (var i = 0; i < other.StageCount; i++)
        {
            AddStage(other._stages[i], other._stageTicks[i]);
        }
    }

    /// <summary>Adds wall time to a stage of the analysis, in the order stages are first timed.</summary>
    public void AddStage(string stage, long stopwatchTicks)
    {
        for (var i = 0; i < StageCount; i++)
        {
            if (string.Equals(_stages[i], stage, StringComparison.Ordinal))
            {
                _stageTicks[i] += stopwatchTicks;
                return;
            }
        }

        if (StageCount == _stages.Length)
        {
            Array.Resize(ref _stages, StageCount * 2);
            Array.Resize(ref _stageTicks, StageCount * 2);
        }

        _stages[StageCount] = stage;
        _stageTicks[StageCount] = stopwatchTicks;
        StageCount++;
    }

    public string StageAt(int index) => _stages[index];

    public TimeSpan StageTimeAt(int index) => TimeSpan.FromSeconds((double)_stageTicks[index] / Stopwatch.Frequency);

    public string IdAt(int index) => _ids[index];

    public TimeSpan TimeAt(int index) => TimeSpan.FromSeconds((double)_ticks[index] / Stopwatch.Frequency);

    /// <summary>The time of one rule (zero when it did not run).</summary>
    public TimeSpan Of(string ruleId)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_ids[i], ruleId, StringComparison.Ordinal))
            {
                return TimeAt(i);
            }
        }

        return TimeSpan.Zero;
    }
}
