using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FactLint.Cli.Output;

/// <summary>
/// <c>--timings</c>: time per phase and per rule, slowest first, like Roslyn's /reportanalyzer.
/// Per-file rules run in parallel, so their times are summed over threads and can exceed the
/// analysis phase's wall time; a model shared by several rules is charged to the first that builds it.
/// </summary>
public static class TimingsReport
{
    public static void Write(TextWriter writer, IReadOnlyList<(string Phase, TimeSpan Time)> phases, FactLint.Analysis.RuleTimes rules, long? heldCollectionBytes = null)
    {
        writer.WriteLine("Timings (wall clock):");
        foreach (var (phase, time) in phases.GroupBy(p => p.Phase).Select(g => (g.Key, new TimeSpan(g.Sum(p => p.Time.Ticks)))))
        {
            writer.WriteLine($"  {Ms(time),10}  {phase}");
            if (phase.StartsWith("analyse", StringComparison.Ordinal))
            {
                for (var i = 0; i < rules.StageCount; i++)
                {
                    writer.WriteLine($"  {Ms(rules.StageTimeAt(i)),10}    {rules.StageAt(i)}");
                }
            }
        }

        // A run that allocates much spends much in the collector: show it beside the phases it slows.
        writer.WriteLine($"Memory: {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated; {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2), {Ms(GC.GetTotalPauseDuration())} paused");
        if (heldCollectionBytes is long held)
        {
            writer.WriteLine($"  collections held off for the first {held / (1024 * 1024)} MB allocated (a run in a process of its own, over a corpus this size)");
        }

        writer.WriteLine("Rules (summed over threads):");
        foreach (var i in Enumerable.Range(0, rules.Count).OrderByDescending(rules.TimeAt).ThenBy(rules.IdAt, StringComparer.Ordinal))
        {
            writer.WriteLine($"  {Ms(rules.TimeAt(i)),10}  {rules.IdAt(i)}");
        }
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
