using System;
using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>
/// Reads base-protocol frames (<c>Content-Length</c> headers, a blank line, a UTF-8 body) from a
/// pipe. A malformed header block is reported and skipped, resynchronising at the next
/// <c>Content-Length:</c>, so one bad frame never ends the session.
/// </summary>
public sealed class FrameReader
{
    /// <summary>Headers longer than this are not headers: the stream is out of step.</summary>
    public const int MaxHeaderBytes = 8 * 1024;

    private static readonly byte[] Terminator = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LengthHeader = "Content-Length:"u8.ToArray();

    private readonly PipeReader _reader;
    private readonly long _maxBodyBytes;

    public FrameReader(PipeReader reader, long maxBodyBytes = 256L * 1024 * 1024)
    {
        _reader = reader;
        _maxBodyBytes = maxBodyBytes;
    }

    /// <summary>The next frame, or null when the input has ended.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var header = FindHeader(buffer, out var afterHeader);
            if (header == null)
            {
                if (buffer.Length > MaxHeaderBytes)
                {
                    // No blank line within a header's worth of bytes: skip to a likely next frame.
                    // Everything about the buffer is read before AdvanceTo: after it the memory is the pipe's again.
                    var skipTo = Resync(buffer, 1);
                    var discarded = buffer.Slice(0, skipTo).Length;
                    _reader.AdvanceTo(skipTo);
                    return Frame.Error($"Discarded {discarded} bytes that were not a message header (no blank line after the headers).");
                }

                if (result.IsCompleted)
                {
                    var leftover = buffer.Length;
                    var meaningful = leftover > 0 && HasNonWhitespace(buffer);
                    _reader.AdvanceTo(buffer.End);
                    return meaningful ? Frame.Error($"The input ended inside a message header ({leftover} bytes).") : null;
                }

                _reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            if (!TryParseHeader(header.Value, out var length, out var problem))
            {
                if (length >= 0 && length <= _maxBodyBytes)
                {
                    // A well-formed header refused for another reason (an unsupported charset): its
                    // body is skipped with it, or the body would be read as the next header.
                    _reader.AdvanceTo(afterHeader);
                    await SkipAsync(length, cancellationToken).ConfigureAwait(false);
                    return Frame.Error(problem!);
                }

                // Text before a real header (a body whose header was lost, stray output): restart at
                // the "Content-Length:" inside this block if there is one, else after the block.
                var embedded = FindLengthHeader(header.Value, 1);
                var skipTo = embedded ?? afterHeader;
                _reader.AdvanceTo(skipTo);
                return Frame.Error(problem!);
            }

            if (length > _maxBodyBytes)
            {
                _reader.AdvanceTo(afterHeader);
                await SkipAsync(length, cancellationToken).ConfigureAwait(false);
                return Frame.Error($"A message of {length} bytes is larger than the {_maxBodyBytes}-byte limit and was skipped.");
            }

            var bodyStart = buffer.Slice(afterHeader);
            if (bodyStart.Length >= length)
            {
                var body = bodyStart.Slice(0, length).ToArray();
                _reader.AdvanceTo(bodyStart.GetPosition(length));
                return Frame.Message(body);
            }

            if (result.IsCompleted)
            {
                var got = bodyStart.Length;
                _reader.AdvanceTo(buffer.End);
                return Frame.Error($"The input ended inside a message body ({got} of {length} bytes).");
            }

            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private async ValueTask SkipAsync(long length, CancellationToken cancellationToken)
    {
        while (length > 0)
        {
            var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var take = Math.Min(length, result.Buffer.Length);
            _reader.AdvanceTo(result.Buffer.GetPosition(take));
            length -= take;
            if (result.IsCompleted && take == 0)
            {
                return;
            }
        }
    }

    private static ReadOnlySequence<byte>? FindHeader(ReadOnlySequence<byte> buffer, out SequencePosition afterHeader)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (reader.TryReadTo(out ReadOnlySequence<byte> header, Terminator, advancePastDelimiter: true))
        {
            afterHeader = reader.Position;
            return header;
        }

        afterHeader = default;
        return null;
    }

    private static SequencePosition? FindLengthHeader(ReadOnlySequence<byte> block, long from)
    {
        var reader = new SequenceReader<byte>(block.Slice(Math.Min(from, block.Length)));
        return reader.TryReadTo(out ReadOnlySequence<byte> _, LengthHeader, advancePastDelimiter: false) ? reader.Position : null;
    }

    /// <summary>The position of the next <c>Content-Length:</c> at or after <paramref name="from"/>; the end of the buffer if there is none.</summary>
    private static SequencePosition Resync(ReadOnlySequence<byte> buffer, long from)
    {
        var reader = new SequenceReader<byte>(buffer.Slice(Math.Min(from, buffer.Length)));
        if (reader.TryReadTo(out ReadOnlySequence<byte> _, LengthHeader, advancePastDelimiter: false))
        {
            return reader.Position;
        }

        // Keep a tail that could be the start of a split "Content-Length:".
        var keep = Math.Min(buffer.Length, LengthHeader.Length - 1);
        return buffer.GetPosition(buffer.Length - keep);
    }

    private static bool TryParseHeader(ReadOnlySequence<byte> header, out long length, out string? problem)
    {
        length = -1;
        problem = null;
        var text = Encoding.ASCII.GetString(header.ToArray());
        foreach (var line in text.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problem = $"Malformed message header line '{Shorten(line)}' (expected 'Name: value'); the message was skipped.";
                return false;
            }

            var name = line.Substring(0, colon).Trim();
            var value = line.Substring(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out length))
                {
                    problem = $"Content-Length '{Shorten(value)}' is not a number; the message was skipped.";
                    return false;
                }
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                && value.Contains("charset", StringComparison.OrdinalIgnoreCase)
                && !value.Contains("utf-8", StringComparison.OrdinalIgnoreCase)
                && !value.Contains("utf8", StringComparison.OrdinalIgnoreCase))
            {
                // Go on reading the lines: the Content-Length tells how much body to skip.
                problem ??= $"Unsupported Content-Type '{Shorten(value)}': only UTF-8 is supported; the message was skipped.";
            }
        }

        if (problem != null)
        {
            return false;
        }

        if (length < 0)
        {
            problem = "A message header has no Content-Length; the message was skipped.";
            return false;
        }

        return true;
    }

    private static bool HasNonWhitespace(ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 60) + "…";
}
