using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Text;

/// <summary>
/// Lines as YAML, LSP and every editor count them: a line ends at CR LF, LF or a lone CR — and not
/// at U+0085, U+2028 or U+2029, which Roslyn's <c>SourceText.Lines</c> also treats as breaks (C#
/// does). Every position FactLint prints or sends (CLI, SARIF, the language server) is computed
/// here, so a file holding U+2028 in a quote puts its findings on the same line everywhere.
/// One map per text, built once and kept as long as the text lives.
/// </summary>
public sealed class LineMap
{
    private static readonly ConditionalWeakTable<SourceText, LineMap> Cache = new();
    private readonly SourceText _text;
    // Offsets are grouped in buckets of 64 characters, and each bucket knows the line its first
    // offset is on: a line number is then found among the few lines that start inside one bucket.
    private const int BucketShift = 6;
    private readonly int[] _starts;
    private readonly int[] _bucketLines;
    private readonly int _length;

    // Each thread's read buffer: a map is made for every file of a run, and a buffer each was 32 MB
    // of garbage on 1,000 files.
    [ThreadStatic]
    private static char[]? _buffer;

    private LineMap(SourceText text)
    {
        _text = text;
        _length = text.Length;
        var starts = new List<int> { 0 };
        var n = text.Length;

        // Read in chunks: an edited SourceText is a tree of segments, and indexing it char by char
        // walks that tree every time (this runs once per keystroke on the editor's text).
        var buffer = _buffer ??= new char[16384];
        var pendingCr = false;
        for (var chunk = 0; chunk < n; chunk += buffer.Length)
        {
            var count = Math.Min(buffer.Length, n - chunk);
            text.CopyTo(chunk, buffer, 0, count);
            var k = 0;
            if (pendingCr)
            {
                // A CR that ended the last chunk: one break with a LF that begins this one, else a break of its own.
                pendingCr = false;
                if (count > 0 && buffer[0] == '\n')
                {
                    starts.Add(chunk + 1);
                    k = 1;
                }
                else
                {
                    starts.Add(chunk);
                }
            }

            // Jump from break to break (vectorised): most characters are not line breaks.
            while (k < count)
            {
                var found = buffer.AsSpan(k, count - k).IndexOfAny('\r', '\n');
                if (found < 0)
                {
                    break;
                }

                k += found;
                if (buffer[k] == '\n')
                {
                    starts.Add(chunk + k + 1);
                }
                else if (k + 1 < count)
                {
                    starts.Add(chunk + k + (buffer[k + 1] == '\n' ? 2 : 1));
                    k += buffer[k + 1] == '\n' ? 1 : 0;
                }
                else
                {
                    pendingCr = true;
                }

                k++;
            }
        }

        if (pendingCr)
        {
            starts.Add(n);
        }

        _starts = starts.ToArray();
        _bucketLines = new int[(n >> BucketShift) + 1];
        var line = 0;
        for (var b = 0; b < _bucketLines.Length; b++)
        {
            var offset = b << BucketShift;
            while (line + 1 < _starts.Length && _starts[line + 1] <= offset)
            {
                line++;
            }

            _bucketLines[b] = line;
        }
    }

    public static LineMap Of(SourceText text) => Cache.GetValue(text, t => new LineMap(t));

    public int LineCount => _starts.Length;

    /// <summary>The 0-based line holding <paramref name="offset"/> (clamped to the text).</summary>
    public int LineNumber(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));

        // The line is between the lines of this bucket's first offset and the next bucket's: one
        // or two lines apart in a fact file. Reporting 60,000 findings asks this some 600,000
        // times, over a thousand files' line tables; a binary search over the whole table (or a
        // guess from the average line length, far off in a file of records of different shapes)
        // was a tenth of the report's time, most of it waiting for memory.
        var starts = _starts;
        var b = offset >> BucketShift;
        var low = _bucketLines[b];
        var high = b + 1 < _bucketLines.Length ? _bucketLines[b + 1] : starts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    public int LineStart(int line) => _starts[Math.Max(0, Math.Min(line, _starts.Length - 1))];

    /// <summary>Where the line's text ends, before its line break.</summary>
    public int LineEnd(int line)
    {
        line = Math.Max(0, Math.Min(line, _starts.Length - 1));
        var end = line + 1 < _starts.Length ? _starts[line + 1] : _length;
        if (end > _starts[line] && line + 1 < _starts.Length)
        {
            end--;
            if (_text[end] == '\n' && end > _starts[line] && _text[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }

    /// <summary>Where the next line starts (the text's end for the last line).</summary>
    public int LineEndIncludingBreak(int line) => line + 1 < _starts.Length ? _starts[line + 1] : _length;

    public TextSpan LineSpan(int line) => TextSpan.FromBounds(LineStart(line), LineEnd(line));

    /// <summary>The line that holds <paramref name="offset"/>, shaped like Roslyn's <c>TextLine</c>.</summary>
    public MappedLine Line(int offset)
    {
        var n = LineNumber(offset);
        return new MappedLine(_text, n, LineStart(n), LineEnd(n), LineEndIncludingBreak(n));
    }

    /// <summary>Line <paramref name="line"/> (0-based, clamped).</summary>
    public MappedLine LineAt(int line)
    {
        line = Math.Max(0, Math.Min(line, _starts.Length - 1));
        return new MappedLine(_text, line, LineStart(line), LineEnd(line), LineEndIncludingBreak(line));
    }

    /// <summary>The text of the line that holds <paramref name="offset"/>, without its line break.</summary>
    public TextSpan LineSpanAt(int offset) => LineSpan(LineNumber(offset));

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));
        var line = LineNumber(offset);
        return new LinePosition(line, offset - _starts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a (line, UTF-16 column) position, clamped to the line (a column past its end means the end).</summary>
    public int GetOffset(int line, int character)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= _starts.Length)
        {
            return _length;
        }

        var start = _starts[line];
        return start + Math.Max(0, Math.Min(character, LineEnd(line) - start));
    }
}
