using System;
using System.Collections.Generic;

namespace FactLint.Analysis.Incremental;

/// <summary>Drops the kept results a change invalidated (a dictionary cannot lose entries while it is walked).</summary>
internal static class Pruning
{
    public static void RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> entries, Func<TKey, TValue, bool> stale)
        where TKey : notnull
    {
        List<TKey>? gone = null;
        foreach (var pair in entries)
        {
            if (stale(pair.Key, pair.Value))
            {
                (gone ??= new List<TKey>()).Add(pair.Key);
            }
        }

        if (gone != null)
        {
            foreach (var key in gone)
            {
                entries.Remove(key);
            }
        }
    }
}
