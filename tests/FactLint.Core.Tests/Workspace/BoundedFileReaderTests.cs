using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.FileSystem;

namespace FactLint.Tests.Workspace;

/// <summary>The reader returns a file's bytes exactly, whatever its size, and a file that grows while it is read is read on (or refused past the limit).</summary>
public sealed class BoundedFileReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("factlint-reader-").FullName;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(1_000_003)]
    public void A_file_comes_back_byte_for_byte(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 31 + 7)).ToArray();
        var path = Path.Combine(_root, "f.bin");
        File.WriteAllBytes(path, bytes);
        var content = BoundedFileReader.Read(path, 32L * 1024 * 1024, _root);
        Assert.Null(content.Problem);
        Assert.Equal(bytes, content.Bytes);
    }

    [Fact]
    public void A_file_that_grows_while_it_is_read_is_read_whole_or_refused_past_the_limit()
    {
        // A writer appends while the reader reads, again and again: every read is either a prefix
        // the file had at some moment (whole lines only) or a refusal for passing the limit.
        var path = Path.Combine(_root, "growing.txt");
        File.WriteAllText(path, new string('a', 10_000) + "\n");
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                File.AppendAllText(path, new string('b', 999) + "\n");
            }
        });

        try
        {
            for (var i = 0; i < 200; i++)
            {
                var content = BoundedFileReader.Read(path, 400_000, _root);
                if (content.Problem != null)
                {
                    Assert.Contains("limit", content.Problem, StringComparison.Ordinal);
                    continue;
                }

                Assert.True(content.Bytes!.Length >= 10_001);
                Assert.StartsWith(new string('a', 10_000), System.Text.Encoding.ASCII.GetString(content.Bytes, 0, 10_000), StringComparison.Ordinal);
            }
        }
        finally
        {
            stop.Cancel();
            writer.Wait();
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
