using System;
using System.IO;

namespace FactLint.Cli.Files;

/// <summary>
/// Writes a file so that a reader sees the old bytes or the new, never half of each: the new bytes
/// go to a temporary file beside it (same folder, same file system), created with the original's
/// permissions so a private file's text is never readable by others for a moment, are flushed to
/// disk, and replace it by rename. A crash leaves at most a stray temporary file, never a truncated
/// fact file; the next run removes strays (<see cref="RemoveStrays"/>).
/// </summary>
public static class AtomicFile
{
    private const string Suffix = ".factlint-tmp";

    /// <param name="durable">Flush to disk before the rename (a fact file must survive a power cut; a cache, which checks itself on reading, need not).</param>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool durable = true)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{Suffix}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        UnixFileMode? mode = null;
        if (!OperatingSystem.IsWindows() && File.Exists(full))
        {
            mode = File.GetUnixFileMode(full);
            // Created with at most the original's permissions (the umask can only narrow them).
            options.UnixCreateMode = mode.Value;
        }

        try
        {
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: durable);
            }

            if (mode is UnixFileMode original && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, original);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Deletes temporary files a killed run left in <paramref name="directory"/>; returns how many.</summary>
    public static int RemoveStrays(string directory)
    {
        var removed = 0;
        try
        {
            foreach (var stray in Directory.EnumerateFiles(directory, "." + "*" + Suffix, SearchOption.TopDirectoryOnly))
            {
                if (IsOurs(Path.GetFileName(stray)) && TryDelete(stray))
                {
                    removed++;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder holds no fact file this run writes.
        }

        return removed;
    }

    /// <summary>Only names this class makes: ".NAME.&lt;32 hex digits&gt;.factlint-tmp".</summary>
    private static bool IsOurs(string name)
    {
        var end = name.Length - Suffix.Length;
        var dot = end - 33;
        if (dot < 2 || name[0] != '.' || name[dot] != '.')
        {
            return false;
        }

        for (var i = dot + 1; i < end; i++)
        {
            if (!Uri.IsHexDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write failed already; that error is the one to report.
            return false;
        }
    }
}
