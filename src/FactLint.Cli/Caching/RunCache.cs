using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FactLint.Analysis;
using FactLint.Cli.Files;
using FactLint.Config;
using FactLint.Diagnostics;
using FactLint.FileSystem;
using FactLint.Syntax;
using FactLint.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Cli.Caching;

/// <summary>
/// The findings of the last whole run of a workspace, kept beside the per-file cache
/// (<see cref="LintCache"/>): when the tool, factlint.yaml, its schemas, the list of fact files,
/// every fact file's bytes and every archived source the run read are all as they were, the run's
/// findings are the last run's, and nothing is parsed or checked again. Anything else — one byte of
/// one file, an archive that appeared where one was missing — and the run is computed as usual.
/// </summary>
public sealed class RunCache
{
    private const string Magic = "factlint-run-3";

    // The file is checked by SHA-256 over the SHA-256 of each block, so its 40 MB are hashed on every core.
    private const int HashBlock = 1 << 20;
    private readonly string _file;
    private readonly string _root;

    private RunCache(string root, string file)
    {
        _root = root;
        _file = file;
    }

    public static RunCache Open(string root, FactLintConfig config) =>
        new(root, Path.Combine(root, LintCache.FolderName, $"run-{LintCache.Key(root, config)}.bin"));

    /// <summary>
    /// Whether this run should write the cache: not in a checkout's first run (no cache folder yet),
    /// so a CI job on a fresh clone — which would never read it — does not pay the half second that
    /// writing 60,000 findings costs; from the second run on, it is written.
    /// </summary>
    public static bool WorthWriting(string root) => Directory.Exists(Path.Combine(root, LintCache.FolderName));

    /// <summary>SHA-256 over the fact files' paths and bytes (or why one could not be read), in the order discovery found them.</summary>
    public static byte[] Fingerprint(IReadOnlyList<string> paths, IReadOnlyList<FileContent> contents)
    {
        var states = new byte[paths.Count][];
        System.Threading.Tasks.Parallel.For(0, paths.Count, i => states[i] = State(contents[i]));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < paths.Count; i++)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(paths[i] + "\0"));
            sha.AppendData(states[i]);
        }

        return sha.GetHashAndReset();
    }

    /// <summary>
    /// The last run's findings, when nothing they were computed from has changed; the fact files'
    /// texts are decoded only then (a miss pays nothing for them), as <see cref="FactLint.Corpus.FactDocument"/> decodes them.
    /// </summary>
    /// <returns>False when anything changed or the cache cannot be read.</returns>
    public bool TryLoad(byte[] fingerprint, IReadOnlyList<string> paths, IReadOnlyList<FileContent> contents, RuleCatalog rules, out IReadOnlyList<Diagnostic> findings, out IReadOnlyDictionary<string, SourceText> texts)
    {
        var decoded = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        texts = decoded;
        findings = Array.Empty<Diagnostic>();
        if (!TryReadChecked(fingerprint, out var bytes, out var bodyStart))
        {
            return false;
        }

        // Every fact file's text is needed on a hit (findings point into them, the report quotes them): decoded on every core.
        var all = new SourceText[paths.Count];
        System.Threading.Tasks.Parallel.For(0, paths.Count, i => all[i] = contents[i].Bytes is byte[] b ? SourceDecoder.Decode(b).Text : SourceText.From(string.Empty));
        for (var i = 0; i < paths.Count; i++)
        {
            decoded[paths[i]] = all[i];
        }

        var loaded = Load(bytes, bodyStart, path => decoded.TryGetValue(path, out var text) ? text : null, rules);
        findings = loaded ?? Array.Empty<Diagnostic>();
        return loaded != null;
    }

    /// <summary>The cache file, when it is intact (its block hashes match) and was written for these very files.</summary>
    private bool TryReadChecked(byte[] fingerprint, out byte[] bytes, out int bodyStart)
    {
        bytes = Array.Empty<byte>();
        bodyStart = 0;
        try
        {
            var content = BoundedFileReader.Read(_file, 1024L * 1024 * 1024);
            if (content.Bytes is not byte[] read || read.Length < 32)
            {
                return false;
            }

            // A damaged or planted file is a miss.
            if (!Checksum(read, read.Length - 32).AsSpan().SequenceEqual(read.AsSpan(read.Length - 32)))
            {
                return false;
            }

            using var r = new BinaryReader(new MemoryStream(read, 0, read.Length - 32, writable: false), Encoding.UTF8);
            if (r.ReadString() != Magic || !r.ReadBytes(32).AsSpan().SequenceEqual(fingerprint))
            {
                return false;
            }

            bytes = read;
            bodyStart = (int)r.BaseStream.Position;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The findings after the checked header (which ends at <paramref name="bodyStart"/>).</summary>
    private IReadOnlyList<Diagnostic>? Load(byte[] bytes, int bodyStart, Func<string, SourceText?> factFileText, RuleCatalog rules)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 32, writable: false, publiclyVisible: true), Encoding.UTF8);
            r.BaseStream.Position = bodyStart;
            var archives = new ArchiveTexts(_root);
            for (var n = DiagnosticCodec.ReadCount(r); n > 0; n--)
            {
                var path = r.ReadString();
                var state = r.ReadBytes(32);
                if (!state.AsSpan().SequenceEqual(ArchiveState(path)))
                {
                    return null;
                }
            }

            return RunCodec.Decode(r, path => factFileText(path) ?? archives.Text(path), rules);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>SHA-256 over the SHA-256 of every block of the first <paramref name="length"/> bytes of <paramref name="data"/>, the blocks hashed side by side.</summary>
    private static byte[] Checksum(byte[] data, int length)
    {
        var blocks = (length + HashBlock - 1) / HashBlock;
        var hashes = new byte[blocks * 32];
        System.Threading.Tasks.Parallel.For(0, blocks, k =>
        {
            var start = k * HashBlock;
            SHA256.HashData(data.AsSpan(start, Math.Min(HashBlock, length - start)), hashes.AsSpan(k * 32, 32));
        });

        return SHA256.HashData(hashes);
    }

    public void Save(byte[] fingerprint, IEnumerable<string> archivesRead, IReadOnlyList<Diagnostic> diagnostics)
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(fingerprint);
                var archives = archivesRead.OrderBy(p => p, StringComparer.Ordinal).ToList();
                w.Write(archives.Count);
                foreach (var path in archives)
                {
                    w.Write(path);
                    w.Write(ArchiveState(path));
                }

                RunCodec.Encode(w, diagnostics);
            }

            buffer.Write(Checksum(buffer.GetBuffer(), (int)buffer.Length));
            var folder = Path.GetDirectoryName(_file)!;
            Directory.CreateDirectory(folder);
            AtomicFile.WriteAllBytes(_file, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), durable: false);
            foreach (var other in Directory.GetFiles(folder, "run-*.bin").Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(_file), StringComparison.Ordinal)))
            {
                File.Delete(other);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout or a full disk: the next run is simply computed.
        }
    }

    /// <summary>What an archived source is now: its bytes' hash, or that it is missing, or why it cannot be read.</summary>
    private byte[] ArchiveState(string relative)
    {
        var content = WorkspaceLoader.ReadInside(_root, relative);
        return SHA256.HashData(State(content));
    }

    private static byte[] State(FileContent content) =>
        content.Bytes != null ? SHA256.HashData(content.Bytes) : Encoding.UTF8.GetBytes(content.IsMissing ? "missing" : "unreadable: " + content.Problem);

    /// <summary>The texts of archived sources as the quote rules read them (the same store), for findings that point into them.</summary>
    private sealed class ArchiveTexts
    {
        private readonly FileSystemArchiveStore _store;

        public ArchiveTexts(string root) => _store = new FileSystemArchiveStore(root);

        public SourceText? Text(string path)
        {
            var lookup = _store.Open(path);
            return lookup.IsAvailable && lookup.Document != null ? SourceText.From(lookup.Document.ReadText()) : null;
        }
    }
}
