using System.IO;
using System.Text;
using FactLint.FileSystem;

namespace FactLint.Cli.Caching;

/// <summary>How the caches of <c>.factlint-cache/</c> open their files: each starts with its format's magic string.</summary>
internal static class CacheFile
{
    /// <summary>
    /// A reader after the magic string, and the file's length; null when the file is absent, cannot
    /// be read, is larger than <paramref name="maxBytes"/> or is of another format (the run is then
    /// simply cold). Damage further in is the caller's to find.
    /// </summary>
    public static BinaryReader? Open(string file, string magic, long maxBytes, out int length)
    {
        length = 0;
        if (!File.Exists(file) || BoundedFileReader.Read(file, maxBytes).Bytes is not byte[] bytes)
        {
            return null;
        }

        var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (r.ReadString() != magic)
        {
            r.Dispose();
            return null;
        }

        length = bytes.Length;
        return r;
    }
}
