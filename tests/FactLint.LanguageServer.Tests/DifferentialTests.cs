using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Tests.Support;
using FactLint.Workspace;

namespace FactLint.LanguageServer.Tests;

/// <summary>
/// The editor says what the CLI says, under edits nobody planned: seeded random sequences of edits
/// (figures retyped, ids renamed, words and emoji inserted, U+2028 in a quote, CRLF, a byte-order
/// mark, raw damage, files deleted and created on disk) go to the server's session; after each
/// sequence settles, what it published for every file must equal what <c>factlint lint</c> finds
/// when the same texts are written to disk and read the way the CLI reads them — same rule, same
/// range, same message. Positions on the client side are computed here, independently of the
/// engine, by the LSP's own rule (lines end at CR LF, LF, CR). FACTLINT_DIFF_SEQUENCES sets the
/// number of sequences (CI: the default).
/// </summary>
public sealed class DifferentialTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlint-diff-" + Guid.NewGuid().ToString("N"));
    private readonly string _mirror = Path.Combine(Path.GetTempPath(), "factlint-diff-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        if (Directory.Exists(_mirror))
        {
            Directory.Delete(_mirror, recursive: true);
        }
    }

    [Fact]
    public async Task Random_edit_sequences_leave_the_server_publishing_what_the_cli_reports()
    {
        var sequences = int.TryParse(Environment.GetEnvironmentVariable("FACTLINT_DIFF_SEQUENCES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2000;
        CopyFolder(Path.Combine(SharedData.RepositoryRoot, "examples"), _root);
        var client = new FakeClient();
        using var session = new WorkspaceSession(client);
        var passes = 0;
        session.CorpusPassCompleted += _ => System.Threading.Interlocked.Increment(ref passes);
        var indexed = new TaskCompletionSource();
        session.Indexed += _ => indexed.TrySetResult();
        session.AddFolder(_root);
        using (await session.Gate.EnterAsync())
        {
            session.ApplySettings(EditorSettings.Default with { DebounceMilliseconds = 0 });
            session.StartIndexing();
        }

        await indexed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await WaitForPass(() => passes, passes);
        var random = new Random(20181107);
        var files = Directory.GetFiles(_root, "*.facts.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var open = new Dictionary<string, (string Uri, int Version, string Text)>(StringComparer.Ordinal);
        var edits = 0;
        var log = new List<string>();
        for (var s = 0; s < sequences; s++)
        {
            log.Clear();
            var before = passes;
            using (await session.Gate.EnterAsync())
            {
                for (var k = 1 + random.Next(4); k > 0; k--)
                {
                    var path = files[random.Next(files.Count)];
                    if (random.Next(12) == 0 && !open.ContainsKey(path))
                    {
                        // A file changed on disk while closed: deleted, or rewritten.
                        var full = Path.Combine(_root, path);
                        var deleted = File.Exists(full) && random.Next(2) == 0;
                        if (deleted)
                        {
                            File.Delete(full);
                        }
                        else
                        {
                            File.WriteAllText(full, Edit(File.Exists(full) ? File.ReadAllText(full) : "factlint: 1\n", random, out _));
                        }

                        log.Add((deleted ? "deleted " : "rewrote ") + path);
                        await session.FilesChangedAsync(new[] { new FileEvent { Uri = DocumentUris.FromPath(full), Type = deleted ? FileChangeType.Deleted : FileChangeType.Changed } });
                        continue;
                    }

                    if (!open.TryGetValue(path, out var doc))
                    {
                        var full = Path.Combine(_root, path);
                        if (!File.Exists(full))
                        {
                            continue;
                        }

                        doc = (DocumentUris.FromPath(full), 1, File.ReadAllText(full));
                        await session.OpenAsync(new TextDocumentItem { Uri = doc.Uri, LanguageId = "yaml", Version = 1, Text = doc.Text });
                        open[path] = doc;
                    }

                    var next = Edit(doc.Text, random, out var change);
                    log.Add($"edited {path}: {(change?.Range == null ? "whole text" : $"{change.Range.Start.Line}:{change.Range.Start.Character}-{change.Range.End.Line}:{change.Range.End.Character} '{change.Text}'")}");
                    change ??= new TextDocumentContentChangeEvent { Text = next };
                    var version = doc.Version + 1;
                    Assert.True(session.Change(new VersionedTextDocumentIdentifier { Uri = doc.Uri, Version = version }, new[] { change }, out var opened, out var skipped));
                    Assert.Equal(0, skipped);
                    Assert.Equal(next, opened!.Text.ToString());
                    await session.AnalyzeIfCurrentAsync(opened, version);
                    open[path] = (doc.Uri, version, next);
                    edits++;
                }

                session.ScheduleCorpusPass(session.Projects.First(p => p.Root == Path.GetFullPath(_root)), 0);
            }

            await WaitForPass(() => passes, before);
            var expected = CliFindings(open);
            var differences = Compare(client, expected);
            for (var retry = 0; differences.Count > 0 && retry < 20; retry++)
            {
                // A pass started before the last edit may have finished first: give the newest one time.
                await Task.Delay(50);
                differences = Compare(client, expected);
            }

            Assert.True(differences.Count == 0, $"sequence {s} ({string.Join("; ", log)}): the server and the CLI differ:\n{string.Join("\n", differences.Take(10))}");
        }

        TestContext.Current.SendDiagnosticMessage($"differential: {sequences} edit sequences, {edits} edits, 0 differences");
    }

    private static async Task WaitForPass(Func<int> passes, int before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (passes() <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, "no corpus pass completed within 60 s");
            await Task.Delay(2);
        }
    }

    /// <summary>The CLI's findings for the texts as they stand: open documents' texts and the rest of the disk, written and read back as files.</summary>
    private Dictionary<string, List<string>> CliFindings(Dictionary<string, (string Uri, int Version, string Text)> open)
    {
        if (Directory.Exists(_mirror))
        {
            Directory.Delete(_mirror, recursive: true);
        }

        CopyFolder(_root, _mirror);
        foreach (var (path, doc) in open)
        {
            File.WriteAllText(Path.Combine(_mirror, path), doc.Text, new UTF8Encoding(false));
        }

        var workspace = WorkspaceLoader.Load(_mirror);
        var result = CorpusAnalyzer.Analyze(workspace.Corpus, new AnalysisOptions { Config = workspace.Config, Archives = new FileSystemArchiveStore(_mirror) });
        var byPath = result.Diagnostics.GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d =>
            {
                var text = d.Location.Text.ToString();
                var (sl, sc) = LspPosition(text, d.Location.Span.Start);
                var (el, ec) = LspPosition(text, d.Location.Span.End);
                return $"{d.Id} {sl}:{sc}-{el}:{ec} {d.Message}";
            }).OrderBy(x => x, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var (path, doc) in open)
        {
            // The CLI reads a file without its byte-order mark; the editor's text keeps it, one
            // character further on the first line.
            if (doc.Text.StartsWith('\uFEFF') && byPath.TryGetValue(path, out var list))
            {
                byPath[path] = list.Select(x => ShiftFirstLine(x)).OrderBy(x => x, StringComparer.Ordinal).ToList();
            }
        }

        foreach (var doc in workspace.Corpus.Documents)
        {
            byPath.TryAdd(doc.Path, new List<string>());
        }

        return byPath;
    }

    private List<string> Compare(FakeClient client, Dictionary<string, List<string>> expected)
    {
        var differences = new List<string>();
        foreach (var (path, cli) in expected)
        {
            var uri = DocumentUris.FromPath(Path.Combine(_root, path));
            var published = client.Published.TryGetValue(uri, out var p)
                ? p.Diagnostics.Select(d => $"{d.Code} {d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character} {d.Message}").OrderBy(x => x, StringComparer.Ordinal).ToList()
                : new List<string>();
            if (!published.SequenceEqual(cli))
            {
                differences.Add($"{path}:\n  cli only: {string.Join(" | ", cli.Except(published))}\n  server only: {string.Join(" | ", published.Except(cli))}");
            }
        }

        return differences;
    }

    private static string ShiftFirstLine(string finding)
    {
        var parts = finding.Split(' ', 3);
        var range = parts[1].Split('-');
        string Shift(string pos) => pos.StartsWith("0:", StringComparison.Ordinal) ? "0:" + (int.Parse(pos.Substring(2), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) : pos;
        return $"{parts[0]} {Shift(range[0])}-{Shift(range[1])} {parts[2]}";
    }

    /// <summary>An edit a writer (or a careless tool) might make, as the full new text and, mostly, as the LSP change that makes it.</summary>
    private static string Edit(string text, Random random, out TextDocumentContentChangeEvent? change)
    {
        change = null;
        int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        string insert = string.Empty;
        var removeLength = 0;
        switch (random.Next(10))
        {
            case 0: // retype a figure
            {
                var v = text.IndexOf("value: ", random.Next(Math.Max(1, text.Length)) % Math.Max(1, text.Length), StringComparison.Ordinal);
                v = v < 0 ? text.IndexOf("value: ", StringComparison.Ordinal) : v;
                if (v >= 0)
                {
                    at = v + 7;
                    while (at + removeLength < text.Length && char.IsDigit(text[at + removeLength]))
                    {
                        removeLength++;
                    }

                    insert = random.Next(1, 60).ToString(CultureInfo.InvariantCulture);
                }

                break;
            }

            case 1: // rename an id
            {
                var v = text.IndexOf("id: ", random.Next(Math.Max(1, text.Length)) % Math.Max(1, text.Length), StringComparison.Ordinal);
                if (v >= 0)
                {
                    at = v + 4 + random.Next(3);
                    insert = "x";
                }

                break;
            }

            case 2:
                insert = "\U0001F600"; // an emoji: two UTF-16 units
                at = InsideQuote(text, at);
                break;
            case 3:
                insert = "\u2028";
                at = InsideQuote(text, at);
                break;
            case 4: // the whole file with other line breaks
                return text.Contains("\r\n", StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text.Replace("\n", "\r\n", StringComparison.Ordinal);
            case 5: // a byte-order mark added or removed (only ever as the first character, which is what a BOM is)
                if (text.StartsWith('\uFEFF'))
                {
                    at = 0;
                    removeLength = 1;
                }
                else if (text.IndexOf('\uFEFF') < 0)
                {
                    at = 0;
                    insert = "\uFEFF";
                }

                break;
            case 6: // a word typed into a note or quote
                insert = new[] { " Halimov", " nearly", " 29", " Vakhdat" }[random.Next(4)];
                at = InsideQuote(text, at);
                break;
            case 7: // a line deleted
            {
                var start = text.LastIndexOf('\n', Math.Max(0, Math.Min(at, text.Length) - 1)) + 1;
                var end = text.IndexOf('\n', Math.Min(start, text.Length));
                at = start;
                removeLength = end < 0 ? text.Length - start : end + 1 - start;
                break;
            }

            default: // raw damage
                if (random.Next(2) == 0 && text.Length > 0)
                {
                    at = Math.Min(at, text.Length - 1);
                    removeLength = 1;
                    if (at > 0 && char.IsLowSurrogate(text[at]))
                    {
                        at--;
                        removeLength = 2;
                    }
                    else if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length)
                    {
                        removeLength = 2;
                    }
                }
                else
                {
                    insert = ":-[]{}&*!|>'\"#%@`,?\n "[random.Next(21)].ToString();
                }

                break;
        }

        at = Math.Max(0, Math.Min(at, text.Length));
        if (at == 0 && text.StartsWith('\uFEFF') && insert != string.Empty && insert != "\uFEFF")
        {
            at = 1; // typing at the start of a file goes after its byte-order mark
        }

        removeLength = Math.Min(removeLength, text.Length - at);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]))
        {
            at--;
        }

        // A client never addresses the point between CR and LF: edits there take the whole break.
        if (at > 0 && at < text.Length && text[at] == '\n' && text[at - 1] == '\r')
        {
            at--;
            removeLength = removeLength > 0 ? removeLength + 1 : 0;
        }

        var stop = at + removeLength;
        if (removeLength > 0 && stop > 0 && stop < text.Length && text[stop] == '\n' && text[stop - 1] == '\r')
        {
            removeLength++;
        }

        var next = text.Substring(0, at) + insert + text.Substring(at + removeLength);
        var (sl, sc) = LspPosition(text, at);
        var (el, ec) = LspPosition(text, at + removeLength);
        change = new TextDocumentContentChangeEvent { Range = new Protocol.Types.Range(new Position(sl, sc), new Position(el, ec)), Text = insert };
        return next;
    }

    private static int InsideQuote(string text, int at)
    {
        var q = text.IndexOf("quote: \"", Math.Min(at, text.Length), StringComparison.Ordinal);
        q = q < 0 ? text.IndexOf("quote: \"", StringComparison.Ordinal) : q;
        return q < 0 ? at : q + 9;
    }

    /// <summary>(line, UTF-16 character) the way LSP counts: lines end at CR LF, LF or CR only.</summary>
    private static (int Line, int Character) LspPosition(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
