using System;
using System.Collections.Generic;
using FactLint.Figures;

namespace FactLint.Claims;

/// <summary>
/// The positions a group's claims take: claims that all agree with one another form one position,
/// however each is written ("24 km" and "15 miles"). For intervals this is the fewest such sets
/// (a sweep over the claims sorted by their lower bounds, as in interval stabbing), for other
/// values one per folded value — O(k log k) either way, so a group of 20,000 claims is cheap.
/// </summary>
public static class ClaimPositions
{
    public static List<ClaimPosition> Of(IReadOnlyList<ClaimEntry> entries)
    {
        var result = new List<ClaimPosition>();
        if (entries.Count == 0)
        {
            return result;
        }

        if (entries[0].Kind is ClaimValueKind.Quantity or ClaimValueKind.Date)
        {
            ClaimPosition? current = null;
            var common = default(Interval);
            var sorted = new ClaimEntry[entries.Count];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = entries[i];
            }

            // By lower bound, then upper bound, then corpus order (unique): no two compare equal.
            Array.Sort(sorted, static (a, b) =>
                a.Interval.Low.CompareTo(b.Interval.Low) is var low and not 0 ? low
                : a.Interval.High.CompareTo(b.Interval.High) is var high and not 0 ? high
                : a.Order.CompareTo(b.Order));
            foreach (var e in sorted)
            {
                if (current != null && common.Intersects(e.Interval))
                {
                    common = common.Intersect(e.Interval) ?? e.Interval;
                    current.Add(e);
                    continue;
                }

                current = new ClaimPosition();
                current.Add(e);
                common = e.Interval;
                result.Add(current);
            }
        }
        else
        {
            var byKey = new Dictionary<string, ClaimPosition>(StringComparer.Ordinal);
            foreach (var e in entries)
            {
                if (!byKey.TryGetValue(e.ValueKey, out var position))
                {
                    position = new ClaimPosition();
                    byKey[e.ValueKey] = position;
                    result.Add(position);
                }

                position.Add(e);
            }
        }

        // In the order the corpus first gives them, so messages are stable.
        result.Sort((a, b) => a.FirstOrder.CompareTo(b.FirstOrder));
        return result;
    }
}
