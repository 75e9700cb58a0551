using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FactLint.LanguageServer.Protocol.JsonRpc;

/// <summary>Writes base-protocol frames; one at a time, so that concurrent senders never interleave bytes.</summary>
public sealed class FrameWriter : IDisposable
{
    private readonly Stream _output;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public FrameWriter(Stream output)
    {
        _output = output;
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
