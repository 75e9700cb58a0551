using System;
using System.Diagnostics;

namespace FactLint.Analysis;

/// <summary>
/// Time spent in each rule, by id, and in each stage of the analysis, for <c>--timings</c>. Arrays
/// of stopwatch ticks, not a dictionary of <see cref="TimeSpan"/>: the generic code of a collection
/// over a value type is not in the ReadyToRun images, and an immutable dictionary of TimeSpan was
/// JIT-compiled on every run, small or large (about 130 methods, a fifth of all a one-file lint
/// compiled). Not for use by several threads at once; a run has a few dozen rules, so finding one
/// by a linear search is enough.
/// </summary>
public sealed class RuleTimes
{
    private readonly Tally _rules = new();
    private readonly Tally _stages = new();

    public int Count => _rules.Count;

    /// <summary>How many stages of the analysis (per-file rules, corpus rules, ...) were timed.</summary>
    public int StageCount => _stages.Count;

    /// <summary>Adds time to a rule's total.</summary>
    public void Add(string ruleId, long stopwatchTicks) => _rules.Add(ruleId, stopwatchTicks);

    /// <summary>Adds wall time to a stage of the analysis, in the order stages are first timed.</summary>
    public void AddStage(string stage, long stopwatchTicks) => _stages.Add(stage, stopwatchTicks);

    /// <summary>Adds every rule's and stage's time of another run (several workspaces linted at once).</summary>
    public void Add(RuleTimes other)
    {
        _rules.Add(other._rules);
        _stages.Add(other._stages);
    }

    public string IdAt(int index) => _rules.NameAt(index);

    public TimeSpan TimeAt(int index) => _rules.TimeAt(index);

    public string StageAt(int index) => _stages.NameAt(index);

    public TimeSpan StageTimeAt(int index) => _stages.TimeAt(index);

    /// <summary>The time of one rule (zero when it did not run).</summary>
    public TimeSpan Of(string ruleId) => _rules.Of(ruleId);

    /// <summary>Ticks by name, in the order names are first seen.</summary>
    private sealed class Tally
    {
        private string[] _names = new string[32];
        private long[] _ticks = new long[32];

        public int Count { get; private set; }

        public void Add(string name, long ticks)
        {
            var i = IndexOf(name);
            if (i >= 0)
            {
                _ticks[i] += ticks;
                return;
            }

            if (Count == _names.Length)
            {
                Array.Resize(ref _names, Count * 2);
                Array.Resize(ref _ticks, Count * 2);
            }

            _names[Count] = name;
            _ticks[Count] = ticks;
            Count++;
        }

        public void Add(Tally other)
        {
            for (var i = 0; i < other.Count; i++)
            {
                Add(other._names[i], other._ticks[i]);
            }
        }

        public string NameAt(int index) => _names[index];

        public TimeSpan TimeAt(int index) => TimeSpan.FromSeconds((double)_ticks[index] / Stopwatch.Frequency);

        public TimeSpan Of(string name) => IndexOf(name) is var i and >= 0 ? TimeAt(i) : TimeSpan.Zero;

        private int IndexOf(string name)
        {
            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(_names[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
