using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace FactLint.FileSystem;

/// <summary>
/// The one way FactLint reads a file it is given — a fact file, factlint.yaml, a configured schema,
/// an archived source, a cache or a baseline. Every input is hostile until proven otherwise: only
/// regular files are read (a named pipe would block the run forever, /dev/zero would fill memory),
/// the size is bounded before and while reading, a link is followed only when its final target
/// stays inside the workspace, and the open never blocks (O_NONBLOCK where the platform has it).
/// Whatever goes wrong comes back as words (<see cref="FileContent.Problem"/>), never as an
/// exception or a hang.
/// </summary>
public static class BoundedFileReader
{
    private static readonly string[] SystemFolders = { "/dev/", "/proc/", "/sys/" };

    /// <param name="path">The file (absolute, or relative to the current folder).</param>
    /// <param name="maxBytes">Files longer than this are refused with the limit named.</param>
    /// <param name="workspaceRoot">When given, a path that resolves (through links) outside it is refused.</param>
    /// <param name="prefixOnly">When positive, only the first this many bytes are read (every check is still made): enough to tell text from binary.</param>
    public static FileContent Read(string path, long maxBytes, string? workspaceRoot = null, int prefixOnly = 0)
    {
        try
        {
            return ReadChecked(path, maxBytes, workspaceRoot, prefixOnly);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return FileContent.Refused("it cannot be read: " + ex.Message);
        }
    }

    /// <summary>The text of a file read through <see cref="Read"/> as UTF-8 (a byte-order mark is dropped).</summary>
    public static string? ReadText(string path, long maxBytes, string? workspaceRoot, out string? problem)
    {
        var content = Read(path, maxBytes, workspaceRoot);
        problem = content.Problem ?? (content.IsMissing ? "it does not exist" : null);
        return content.Bytes == null ? null : new System.Text.UTF8Encoding(false).GetString(content.Bytes).TrimStart('\uFEFF');
    }

    private static FileContent ReadChecked(string path, long maxBytes, string? workspaceRoot, int prefixOnly)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return FileContent.Refused("it is a folder, not a file");
        }

        var info = new FileInfo(full);
        var target = full;
        if (workspaceRoot != null)
        {
            // Every link on the path, folders' included, is followed and must stay inside.
            var rootFull = Path.GetFullPath(workspaceRoot);
            if (!WorkspacePath.IsUnder(full, rootFull.TrimEnd(Path.DirectorySeparatorChar)))
            {
                return FileContent.Refused("it is outside the workspace");
            }

            var resolved = WorkspacePath.Resolve(rootFull, full.Substring(rootFull.TrimEnd(Path.DirectorySeparatorChar).Length));
            switch (resolved.Problem)
            {
                case LinkProblem.Dangling:
                    return FileContent.Refused(resolved.Link == info.Name ? "it is a link whose target does not exist" : $"'{resolved.Link}' on its path is a link whose target does not exist");
                case LinkProblem.Outside:
                    // Say where the link leads, never what is there.
                    return FileContent.Refused(resolved.Link == info.Name
                        ? $"it is a link to {resolved.Target}, outside the workspace; links are followed only inside it"
                        : $"'{resolved.Link}' on its path is a link to {resolved.Target}, outside the workspace; links are followed only inside it");
            }

            target = resolved.Path;
        }
#if NET
        else if (info.LinkTarget != null)
        {
            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            if (final == null || !final.Exists)
            {
                return FileContent.Refused("it is a link whose target does not exist");
            }

            target = Path.GetFullPath(final.FullName);
        }
#endif

        if (Directory.Exists(target))
        {
            return FileContent.Refused("it is a link to a folder, not a file");
        }

        if (!File.Exists(target))
        {
            return info.Exists ? FileContent.Refused("it cannot be opened") : FileContent.Missing();
        }

        foreach (var system in SystemFolders)
        {
            if (target.StartsWith(system, StringComparison.Ordinal))
            {
                return FileContent.Refused($"it is {(target == full ? "the" : "a link to the")} system file {target}, not a regular file");
            }
        }

        var length = new FileInfo(target).Length;
        if (length > maxBytes)
        {
            return FileContent.Refused($"it is {Megabytes(length)}, over the {Megabytes(maxBytes)} limit");
        }

        using var stream = Open(target);
        if (!stream.CanSeek)
        {
            return FileContent.Refused("it is a named pipe, socket or device, not a regular file");
        }

        if (prefixOnly > 0)
        {
            var prefix = new byte[(int)Math.Min(prefixOnly, length)];
            var got = 0;
            for (int n; got < prefix.Length && (n = stream.Read(prefix, got, prefix.Length - got)) > 0;)
            {
                got += n;
            }

            Array.Resize(ref prefix, got);
            return FileContent.Read(prefix);
        }

        // Read into an array of the size the file has, then ask for one byte more: a file that did
        // not change while it was read (nearly all) is then returned without a copy (the run
        // cache is 40 MB); one that grew is read on as before.
        var buffer = new byte[Math.Min(length, maxBytes)];
        var read = 0;
        for (int n; read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0;)
        {
            read += n;
        }

        var more = new byte[1];
        if (read == buffer.Length && stream.Read(more, 0, 1) <= 0)
        {
            return FileContent.Read(buffer);
        }

        if (read == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length + 1);
            buffer[read++] = more[0];
        }

        while (true)
        {
            if (read == buffer.Length)
            {
                if (read > maxBytes)
                {
                    return FileContent.Refused($"it grew past the {Megabytes(maxBytes)} limit while it was read");
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, Math.Max(4096, (long)buffer.Length * 2)));
            }

            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n <= 0)
            {
                break;
            }

            read += n;
        }

        if (read > maxBytes)
        {
            return FileContent.Refused($"it grew past the {Megabytes(maxBytes)} limit while it was read");
        }

        if (read != buffer.Length)
        {
            Array.Resize(ref buffer, read);
        }

        return FileContent.Read(buffer);
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";

    /// <summary>Opens for reading without blocking: a FIFO with no writer would otherwise hold open() forever.</summary>
    private static FileStream Open(string path)
    {
#if NET
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var flags = OperatingSystem.IsLinux() ? LinuxReadNonBlocking : MacReadNonBlocking;
            var fd = NativeOpen(path, flags);
            if (fd < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw new IOException($"open failed ({Marshal.GetPInvokeErrorMessage(errno)})");
            }

            return new FileStream(new SafeFileHandle((IntPtr)fd, ownsHandle: true), FileAccess.Read, 1);
        }
#endif
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
    }

#if NET
    // O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
    private const int LinuxReadNonBlocking = 0x800 | 0x100 | 0x80000;
    private const int MacReadNonBlocking = 0x4 | 0x20000 | 0x1000000;

#pragma warning disable CA2101 // The path is marshalled as UTF-8 explicitly, which is what the file system takes.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int NativeOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
#pragma warning restore CA2101
#endif
}
