using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;

namespace FactLint.Cli.Output;

/// <summary>
/// Bytes written in 64 KB segments, reused once cleared. A chunk of a report is a few megabytes:
/// one growing array of that size sits on the large object heap, and filling that heap is what
/// made the collector run a full (gen2) collection while the report was being written.
/// </summary>
internal sealed class SegmentedBuffer : IBufferWriter<byte>
{
    private const int SegmentSize = 64 * 1024;
    private readonly List<byte[]> _segments = new();
    private readonly List<int> _used = new();
    private int _current = -1;

    public int WrittenCount { get; private set; }

    public void Clear()
    {
        for (var i = 0; i < _used.Count; i++)
        {
            _used[i] = 0;
        }

        _current = _segments.Count > 0 ? 0 : -1;
        WrittenCount = 0;
    }

    public void Advance(int count)
    {
        _used[_current] += count;
        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Segment(sizeHint).AsMemory(_used[_current]);

    public Span<byte> GetSpan(int sizeHint = 0) => Segment(sizeHint).AsSpan(_used[_current]);

    /// <summary>Writes everything after the first <paramref name="skip"/> bytes to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output, int skip)
    {
        for (var i = 0; i <= _current && i < _segments.Count; i++)
        {
            var used = _used[i];
            var from = Math.Min(skip, used);
            skip -= from;
            if (used > from)
            {
                output.Write(_segments[i], from, used - from);
            }
        }
    }

    private byte[] Segment(int sizeHint)
    {
        var need = Math.Max(sizeHint, 1);
        while (_current < 0 || _segments[_current].Length - _used[_current] < need)
        {
            _current++;
            if (_current == _segments.Count)
            {
                // A value longer than a segment (a message is at most a few kilobytes) gets a segment of its own size.
                _segments.Add(new byte[Math.Max(SegmentSize, need)]);
                _used.Add(0);
            }
            else if (_segments[_current].Length < need)
            {
                _segments[_current] = new byte[need];
            }
        }

        return _segments[_current];
    }
}
