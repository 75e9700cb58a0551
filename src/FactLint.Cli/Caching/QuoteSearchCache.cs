using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactLint.Config;
using FactLint.Quotes;

namespace FactLint.Cli.Caching;

/// <summary>
/// The quote searches (FL2003) of the last run of a workspace, in <c>.factlint-cache/</c> beside the
/// per-file results and under the same key (tool build, factlint.yaml, its schemas): each entry is
/// an archive's content hash, a quote, and what searching the one for the other found. Searching
/// is most of a run over archived sources, and a changed fact file left the other quotes and the
/// archives as they were: those are not searched again. Entries carry a checksum (a damaged one is
/// a miss); the file is written atomically and only when the run used other entries than it read.
/// </summary>
public sealed class QuoteSearchCache : IQuoteSearchCache
{
    private const string Magic = "factlint-quotes-1";
    private const int ChecksumLength = 16;

    private readonly string _file;
    private readonly Dictionary<(string Archive, string Quote), byte[]> _previous;
    private readonly ConcurrentDictionary<(string Archive, string Quote), byte[]> _current = new();
    private int _stored;
    private int _hits;

    private QuoteSearchCache(string file, Dictionary<(string, string), byte[]> previous)
    {
        _file = file;
        _previous = previous;
    }

    /// <summary>Searches answered from the file this run.</summary>
    public int Hits => _hits;

    public static QuoteSearchCache Open(string root, FactLintConfig config)
    {
        var file = Path.Combine(root, LintCache.FolderName, $"quotes-{LintCache.Key(root, config)}.bin");
        return new QuoteSearchCache(file, Read(file));
    }

    public bool TryGet(string archiveKey, string quote, out QuoteSearch search)
    {
        search = null!;
        var key = (archiveKey, quote);
        if (!_previous.TryGetValue(key, out var payload) || Decode(payload) is not { } decoded)
        {
            return false;
        }

        _current[key] = payload;
        System.Threading.Interlocked.Increment(ref _hits);
        search = decoded;
        return true;
    }

    public void Store(string archiveKey, string quote, QuoteSearch search)
    {
        // The file holds strings as UTF-8, which cannot carry a broken surrogate: such a quote (or
        // passage) would read back as another string, so it is searched again each run instead.
        if (!WellFormed(quote) || (search.MissingSegment is { } segment && !WellFormed(segment)) || (search.Closest is { } p && !WellFormed(p.Text)))
        {
            return;
        }

        _current[(archiveKey, quote)] = Encode(search);
        System.Threading.Interlocked.Increment(ref _stored);
    }

    /// <summary>Writes the entries this run used (quotes no longer in the corpus drop out), if they differ from those read; removes files of other keys.</summary>
    public void Save()
    {
        if (_stored == 0 && _current.Count == _previous.Count)
        {
            return;
        }

        try
        {
            using var buffer = new MemoryStream();
            using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(_current.Count);
                foreach (var pair in _current.OrderBy(p => p.Key.Archive, StringComparer.Ordinal).ThenBy(p => p.Key.Quote, StringComparer.Ordinal))
                {
                    w.Write(pair.Key.Archive);
                    w.Write(pair.Key.Quote);
                    w.Write(pair.Value.Length);
                    w.Write(pair.Value);
                    w.Write(Checksum(pair.Key.Archive, pair.Key.Quote, pair.Value));
                }
            }

            CacheFile.Replace(_file, "quotes-*.bin", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout or a full disk: the next run searches again.
        }
    }

    internal static byte[] Encode(QuoteSearch search)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(search.Found);
            if (!search.Found)
            {
                w.Write(search.MissingSegment!);
                w.Write(search.Closest != null);
                if (search.Closest is { } p)
                {
                    w.Write(p.FoldedStart);
                    w.Write(p.FoldedEnd);
                    w.Write(p.OriginalStart);
                    w.Write(p.OriginalEnd);
                    w.Write(p.Text);
                    w.Write(p.EditDistance);
                    w.Write(p.Similarity);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The search an entry holds, or null for one that does not read back whole and sane.</summary>
    internal static QuoteSearch? Decode(byte[] payload)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
            if (r.ReadBoolean())
            {
                return r.BaseStream.Position == payload.Length ? QuoteSearch.Restore(true, null, null) : null;
            }

            var segment = r.ReadString();
            Passage? closest = null;
            if (r.ReadBoolean())
            {
                int foldedStart = r.ReadInt32(), foldedEnd = r.ReadInt32(), originalStart = r.ReadInt32(), originalEnd = r.ReadInt32();
                var text = r.ReadString();
                var distance = r.ReadInt32();
                var similarity = r.ReadDouble();
                if (foldedStart < 0 || foldedEnd < foldedStart || originalStart < 0 || originalEnd < originalStart || distance < 0)
                {
                    return null;
                }

                closest = new Passage(foldedStart, foldedEnd, originalStart, originalEnd, text, distance, similarity);
            }

            return r.BaseStream.Position == payload.Length ? QuoteSearch.Restore(false, segment, closest) : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static Dictionary<(string, string), byte[]> Read(string file)
    {
        var entries = new Dictionary<(string, string), byte[]>();
        try
        {
            using var r = CacheFile.Open(file, Magic, 512L * 1024 * 1024, out var fileLength);
            if (r == null)
            {
                return entries;
            }

            // An archive's quotes share one copy of its key (2,000 archives, 100,000 quotes).
            var archives = new Dictionary<string, string>(StringComparer.Ordinal);
            var count = r.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var archive = r.ReadString();
                if (archives.TryGetValue(archive, out var shared))
                {
                    archive = shared;
                }
                else
                {
                    archives[archive] = archive;
                }

                var quote = r.ReadString();
                var length = r.ReadInt32();
                if (length < 0 || length > fileLength)
                {
                    throw new FormatException("implausible length");
                }

                var payload = r.ReadBytes(length);
                var checksum = r.ReadBytes(ChecksumLength);

                // A damaged entry is a miss (the quote is searched again), never a wrong verdict.
                if (checksum.AsSpan().SequenceEqual(Checksum(archive, quote, payload)))
                {
                    entries[(archive, quote)] = payload;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            entries.Clear();
        }

        return entries;
    }

    private static bool WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first 16 bytes of SHA-256 over an entry's archive key, quote and payload.</summary>
    private static byte[] Checksum(string archive, string quote, byte[] payload)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(archive));
        sha.AppendData(BitConverter.GetBytes(quote.Length));
        sha.AppendData(Encoding.UTF8.GetBytes(quote));
        sha.AppendData(payload);
        return sha.GetHashAndReset().AsSpan(0, ChecksumLength).ToArray();
    }
}
