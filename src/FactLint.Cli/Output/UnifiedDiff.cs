using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactLint.Cli.Output;

/// <summary>
/// A unified diff (as <c>diff -u</c> and <c>git diff</c> print it) of two versions of one file, by
/// the Myers algorithm on lines, with three lines of context — what <c>factlint fix --diff</c> shows.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static void Write(TextWriter output, string path, string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var script = Diff(a, b);
        if (script.All(op => op.Kind == ' '))
        {
            return;
        }

        output.WriteLine($"--- a/{path}");
        output.WriteLine($"+++ b/{path}");
        var i = 0;
        while (i < script.Count)
        {
            // Find the next change, then grow a hunk while changes are within 2×Context lines.
            while (i < script.Count && script[i].Kind == ' ')
            {
                i++;
            }

            if (i >= script.Count)
            {
                break;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            var lastChange = i;
            while (end < script.Count && end - lastChange <= 2 * Context)
            {
                if (script[end].Kind != ' ')
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(script.Count, lastChange + Context + 1);
            var hunk = script.GetRange(start, end - start);
            var aStart = hunk.First().ALine;
            var bStart = hunk.First().BLine;
            var aCount = hunk.Count(op => op.Kind != '+');
            var bCount = hunk.Count(op => op.Kind != '-');
            output.WriteLine($"@@ -{Range(aStart, aCount)} +{Range(bStart, bCount)} @@");
            foreach (var op in hunk)
            {
                output.Write(op.Kind);
                output.Write(op.Text.TrimEnd('\r', '\n'));
                output.WriteLine();
                if (!op.Text.EndsWith("\n", StringComparison.Ordinal))
                {
                    output.WriteLine("\\ No newline at end of file");
                }
            }

            i = end;
        }
    }

    private static string Range(int start, int count) => count == 1 ? $"{start + 1}" : $"{(count == 0 ? start : start + 1)},{count}";

    private readonly record struct Op(char Kind, string Text, int ALine, int BLine);

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>Myers' O((N+M)·D) shortest edit script; fixes change few lines, so D is small.</summary>
    private static List<Op> Diff(List<string> a, List<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var max = n + m;
        var v = new int[(2 * max) + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, a, b, max);
                }
            }
        }

        throw new InvalidOperationException("unreachable: a diff always exists");
    }

    private static List<Op> Backtrack(List<int[]> trace, List<string> a, List<string> b, int max)
    {
        var ops = new List<Op>();
        int x = a.Count, y = b.Count;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
            var prevX = d == 0 ? 0 : v[max + prevK];
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY)
            {
                x--;
                y--;
                ops.Add(new Op(' ', a[x], x, y));
            }

            if (d > 0)
            {
                if (x == prevX)
                {
                    y--;
                    ops.Add(new Op('+', b[y], x, y));
                }
                else
                {
                    x--;
                    ops.Add(new Op('-', a[x], x, y));
                }
            }
        }

        ops.Reverse();
        return ops;
    }
}
