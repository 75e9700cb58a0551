using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol.JsonRpc;

namespace FactLint.LanguageServer.Tests;

public sealed class FrameReaderTests
{
    private static async Task<List<string>> ReadAll(byte[] input, long maxBody = 1024 * 1024, int chunk = int.MaxValue)
    {
        var pipe = new Pipe();
        var reader = new FrameReader(pipe.Reader, maxBody);
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < input.Length; i += chunk)
            {
                await pipe.Writer.WriteAsync(input.AsMemory(i, Math.Min(chunk, input.Length - i)));
            }

            await pipe.Writer.CompleteAsync();
        });
        var frames = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await reader.ReadAsync(timeout.Token) is Frame frame)
        {
            frames.Add(frame.Body != null ? "body:" + Encoding.UTF8.GetString(frame.Body) : "error:" + frame.Problem);
        }

        await writing;
        return frames;
    }

    private static byte[] Frame(string body) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    private static byte[] Concat(params byte[][] parts)
    {
        var stream = new MemoryStream();
        foreach (var p in parts)
        {
            stream.Write(p);
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task Reads_frames_even_one_byte_at_a_time_with_utf8_bodies()
    {
        var input = Concat(Frame("{\"a\":\"Халимов\"}"), Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"), Frame("{}"));
        Assert.Equal(new[] { "body:{\"a\":\"Халимов\"}", "body:{}" }, await ReadAll(input, chunk: 1));
    }

    [Fact]
    public async Task A_header_without_length_is_reported_and_the_next_frame_is_read()
    {
        var input = Concat(Encoding.ASCII.GetBytes("Content-Type: x\r\n\r\n{\"lost\":1}"), Frame("{\"next\":2}"));
        var frames = await ReadAll(input);
        Assert.StartsWith("error:A message header has no Content-Length", frames[0], StringComparison.Ordinal);
        Assert.All(frames.SkipLast(1), f => Assert.StartsWith("error:", f, StringComparison.Ordinal));
        Assert.Equal("body:{\"next\":2}", frames[^1]);
    }

    [Fact]
    public async Task A_non_numeric_length_does_not_loop()
    {
        var frames = await ReadAll(Concat(Encoding.ASCII.GetBytes("Content-Length: twelve\r\n\r\n"), Frame("{}")));
        Assert.Equal(2, frames.Count);
        Assert.Contains("is not a number", frames[0], StringComparison.Ordinal);
        Assert.Equal("body:{}", frames[1]);
    }

    [Fact]
    public async Task Bytes_without_a_blank_line_are_skipped_up_to_the_next_header()
    {
        var junk = Encoding.ASCII.GetBytes(new string('x', FrameReader.MaxHeaderBytes + 10));
        var frames = await ReadAll(Concat(junk, Frame("{\"ok\":true}")), chunk: 4096);
        Assert.All(frames.SkipLast(1), f => Assert.StartsWith("error:", f, StringComparison.Ordinal));
        Assert.Equal("body:{\"ok\":true}", frames[^1]);
    }

    [Fact]
    public async Task An_oversized_body_is_skipped_without_being_buffered()
    {
        var frames = await ReadAll(Concat(Frame(new string(' ', 5000)), Frame("{}")), maxBody: 1000);
        Assert.Equal(2, frames.Count);
        Assert.Contains("larger than the 1000-byte limit", frames[0], StringComparison.Ordinal);
        Assert.Equal("body:{}", frames[1]);
    }

    [Fact]
    public async Task Input_ending_inside_a_body_is_reported_then_the_stream_ends()
    {
        var frames = await ReadAll(Encoding.ASCII.GetBytes("Content-Length: 100\r\n\r\n{\"short\":"));
        Assert.Single(frames);
        Assert.Contains("ended inside a message body", frames[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_refused_for_its_charset_takes_its_body_with_it()
    {
        var refused = "{\"jsonrpc\":\"2.0\",\"method\":\"x\"}";
        var input = Encoding.UTF8.GetBytes($"Content-Length: {refused.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n{refused}")
            .Concat(Frame("{\"ok\":1}")).ToArray();
        var frames = await ReadAll(input);
        Assert.Equal(2, frames.Count);
        Assert.StartsWith("error:Unsupported Content-Type", frames[0], StringComparison.Ordinal);
        Assert.Equal("body:{\"ok\":1}", frames[1]);
    }
}
