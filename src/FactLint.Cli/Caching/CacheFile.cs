using System;
using System.IO;
using System.Linq;
using System.Text;
using FactLint.Cli.Files;
using FactLint.FileSystem;

namespace FactLint.Cli.Caching;

/// <summary>How the caches of <c>.factlint-cache/</c> open and write their files: each starts with its format's magic string, and each kind keeps one file, named by its key.</summary>
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

    /// <summary>
    /// Writes <paramref name="file"/> atomically (the folder made, and told to git to ignore), then
    /// removes the files of the same kind (<paramref name="kindPattern"/>, such as <c>files-*.bin</c>)
    /// under other keys: another tool build or config. A folder that cannot be written throws.
    /// </summary>
    public static void Replace(string file, string kindPattern, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(folder);
        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
        {
            File.WriteAllText(ignore, "# Made by factlint: a cache, never to be committed.\n*\n");
        }

        AtomicFile.WriteAllBytes(file, bytes);
        foreach (var other in Directory.GetFiles(folder, kindPattern).Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(file), StringComparison.Ordinal)))
        {
            File.Delete(other);
        }
    }
}
