using System;
using System.Runtime;

namespace FactLint.Cli.Commands;

/// <summary>
/// A lint run that has its process to itself (the <c>factlint</c> command, not a test host or a
/// server) asks the garbage collector to hold off while it works, when what the run will allocate
/// fits a bounded budget. A run keeps almost everything it makes — the parsed corpus, then the
/// findings — so each collection during the run copies live data from generation to generation
/// and frees little: on the 50,000-claim corpus the collector paused the run for 135-180 ms of
/// about 800, and the process exits soon after anyway. (esbuild's command line turns Go's
/// collector off for a build, not for --serve or --watch, for the same reason.) The budget is an
/// estimate from the size of the fact files; a run that allocates more than it simply goes on
/// with ordinary collections. The language server is long-lived and never holds off its collector.
/// </summary>
internal static class CollectionHold
{
    // A run allocates about 42 bytes per byte of fact file (354 MB for the 8.4 MB of the
    // 50,000-claim corpus, findings included): the budget leaves half as much again.
    private const long BytesPerFactFileByte = 64;
    private const long Fixed = 64L << 20;

    // At most this much is held: with the collector held off, the peak is about what was
    // allocated, and a run's peak should stay within 1 GB. Larger corpora collect as usual.
    private const long MaxBudget = 768L << 20;

    /// <summary>The budget for fact files of this many bytes on a machine with this much memory available, or null when it would be too large to hold.</summary>
    public static long? Budget(long factFileBytes, long availableMemory)
    {
        var budget = Fixed + (BytesPerFactFileByte * Math.Max(0, factFileBytes));
        return budget <= MaxBudget && budget <= availableMemory / 4 ? budget : null;
    }

    /// <summary>Holds off collections for the run's allocations, if the budget allows; returns the bytes held, or null.</summary>
    public static long? TryHold(long factFileBytes)
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion || Budget(factFileBytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) is not long budget)
        {
            return null;
        }

        try
        {
            return GC.TryStartNoGCRegion(budget) ? budget : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's collector can set aside at once: collect as usual.
            return null;
        }
    }
}
