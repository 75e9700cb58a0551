using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FactLint.Analysis;
using FactLint.Cli.Output;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Cli.Caching;

/// <summary>
/// The per-file results of the last run of a workspace, in <c>.factlint-cache/</c> at its root (as
/// Ruff keeps <c>.ruff_cache</c>): one file per key, the key a hash of the tool build, factlint.yaml
/// and the schemas it names, so that a new version or a changed config starts afresh. Each entry
/// is a file's path, the hash of its text and its findings. Saved atomically; a cache that cannot
/// be read or written only makes the run slower, never wrong.
/// </summary>
public sealed class LintCache : IFileResultCache
{
    public const string FolderName = ".factlint-cache";
    private const string Magic = "factlint-cache-3";

    private readonly string _file;
    private readonly Dictionary<string, (byte[] Hash, byte[] Payload)> _previous;
    private readonly ConcurrentDictionary<string, (byte[] Hash, byte[] Payload)> _current = new(StringComparer.Ordinal);
    private readonly RuleCatalog _rules;
    private int _hits;

    private LintCache(string file, Dictionary<string, (byte[], byte[])> previous, RuleCatalog rules)
    {
        _file = file;
        _previous = previous;
        _rules = rules;
    }

    public int Hits => _hits;

    public static LintCache Open(string root, FactLintConfig config, RuleCatalog rules)
    {
        var file = Path.Combine(root, FolderName, $"files-{Key(root, config)}.bin");
        return new LintCache(file, Read(file), rules);
    }

    public bool TryGet(FactDocument document, out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = Array.Empty<Diagnostic>();
        if (!_previous.TryGetValue(document.Path, out var entry))
        {
            return false;
        }

        var hash = Hash(document);
        if (!hash.AsSpan().SequenceEqual(entry.Hash))
        {
            return false;
        }

        var decoded = DiagnosticCodec.Decode(entry.Payload, document.Path, document.Text, _rules);
        if (decoded == null)
        {
            return false;
        }

        _current[document.Path] = entry;
        System.Threading.Interlocked.Increment(ref _hits);
        diagnostics = decoded;
        return true;
    }

    public void Store(FactDocument document, IReadOnlyList<Diagnostic> diagnostics)
    {
        var payload = DiagnosticCodec.Encode(document.Path, diagnostics);
        if (payload != null)
        {
            _current[document.Path] = (Hash(document), payload);
        }
    }

    /// <summary>Writes the entries of this run (files no longer in the corpus drop out) and removes caches of other keys.</summary>
    public void Save()
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(_current.Count);
                foreach (var pair in _current.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    w.Write(pair.Key);
                    w.Write(pair.Value.Hash.Length);
                    w.Write(pair.Value.Hash);
                    w.Write(pair.Value.Payload.Length);
                    w.Write(pair.Value.Payload);
                    w.Write(Checksum(pair.Key, pair.Value.Hash, pair.Value.Payload));
                }
            }

            CacheFile.Replace(_file, "files-*.bin", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout or a full disk: the next run is simply cold.
        }
    }

    private static Dictionary<string, (byte[], byte[])> Read(string file)
    {
        var entries = new Dictionary<string, (byte[], byte[])>(StringComparer.Ordinal);
        try
        {
            using var r = CacheFile.Open(file, Magic, 512L * 1024 * 1024, out var fileLength);
            if (r == null)
            {
                return entries;
            }

            var count = r.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var path = r.ReadString();
                var hash = r.ReadBytes(Length(r, fileLength));
                var payload = r.ReadBytes(Length(r, fileLength));
                var checksum = r.ReadBytes(ChecksumLength);

                // A damaged entry (a flipped byte in a message) is a miss, never garbled output.
                if (checksum.AsSpan().SequenceEqual(Checksum(path, hash, payload)))
                {
                    entries[path] = (hash, payload);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            entries.Clear();
        }

        return entries;
    }

    private const int ChecksumLength = 16;

    /// <summary>The first 16 bytes of SHA-256 over an entry's path, content hash and findings.</summary>
    private static byte[] Checksum(string path, byte[] hash, byte[] payload)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(path));
        sha.AppendData(hash);
        sha.AppendData(payload);
        return sha.GetHashAndReset().AsSpan(0, ChecksumLength).ToArray();
    }

    private static int Length(BinaryReader r, int limit)
    {
        var n = r.ReadInt32();
        return n < 0 || n > limit ? throw new FormatException("implausible length") : n;
    }

    private static byte[] Hash(FactDocument document) => document.Text.GetContentHash().ToArray();

    /// <summary>The tool build (its version and the engine's module id, which changes with every change to the code), factlint.yaml and its schemas.</summary>
    internal static string Key(string root, FactLintConfig config)
    {
        using var data = new MemoryStream();
        void Add(byte[] bytes)
        {
            data.Write(BitConverter.GetBytes(bytes.Length));
            data.Write(bytes);
        }

        Add(Encoding.UTF8.GetBytes(ToolVersion.Full));
        Add(typeof(CorpusAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        Add(ReadOrEmpty(Path.Combine(root, ConfigLoader.FileName)));
        foreach (var schema in config.Schemas)
        {
            Add(Encoding.UTF8.GetBytes(schema.Path));
            Add(ReadOrEmpty(Path.Combine(root, schema.Path)));
        }

        return Convert.ToHexString(SHA256.HashData(data.ToArray()), 0, 8).ToLowerInvariant();
    }

    private static byte[] ReadOrEmpty(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : Array.Empty<byte>();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<byte>();
        }
    }
}
