using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Tests.Support;
using FactLint.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.LanguageServer.Tests;

/// <summary>The editor and the CLI report the same findings for the same text and config: after indexing, and after an edit.</summary>
public sealed class SessionParityTests : IDisposable
{
    private readonly string _root;

    public SessionParityTests()
    {
        _root = Path.Combine(Path.GetTempPath(), "factlint-parity-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(SharedData.RepositoryRoot, "examples"), _root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Indexed_workspace_reports_what_the_cli_reports()
    {
        var (session, project, _) = await StartAsync();
        using (await session.Gate.EnterAsync())
        {
            var cli = CliFindings(WorkspaceLoader.Load(_root).Corpus);
            Assert.NotEmpty(cli);
            foreach (var doc in project.Corpus.Documents)
            {
                Assert.Equal(cli.GetValueOrDefault(doc.Path, new List<string>()), project.DiagnosticsOf(doc.Path).Select(Describe).ToList());
            }
        }
    }

    [Fact]
    public async Task The_claim_group_view_draws_the_group_the_report_draws()
    {
        var (session, _, _) = await StartAsync();
        var path = "events/vahdat-2019.facts.yaml";
        var uri = DocumentUris.FromPath(Path.Combine(_root, path));
        var lines = File.ReadAllLines(Path.Combine(_root, path));
        var line = Array.FindIndex(lines, l => l.TrimStart().StartsWith("value: 10", StringComparison.Ordinal));
        var handler = new Handlers.ClaimGroupViewHandler(session);
        var view = await handler.ViewAsync(new Protocol.Extensions.ClaimGroupViewParams { TextDocument = new TextDocumentIdentifier { Uri = uri }, Position = new Position(line, 12) }, default);
        Assert.NotNull(view);
        Assert.Equal("distance.from-capital of vahdat-prison", view.Title);
        Assert.True(view.InDisagreement);
        Assert.Contains("10 km \u2190 outlier", view.Html, StringComparison.Ordinal);
        Assert.Contains("command:factlint.openLocation?", view.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", view.Html, StringComparison.Ordinal);

        // The same group found again by its key (the view refreshing after edits moved the claim).
        var again = await handler.ViewAsync(new Protocol.Extensions.ClaimGroupViewParams { TextDocument = new TextDocumentIdentifier { Uri = uri }, Subject = view.Subject, Property = view.Property, AsOf = view.AsOf }, default);
        Assert.Equal(view.Html, again!.Html);

        // Not on a claim, no group.
        Assert.Null(await handler.ViewAsync(new Protocol.Extensions.ClaimGroupViewParams { TextDocument = new TextDocumentIdentifier { Uri = uri }, Position = new Position(0, 0) }, default));
    }

    [Fact]
    public async Task Code_lenses_open_the_claim_group_view_only_in_a_client_that_has_it()
    {
        var (session, _, _) = await StartAsync();
        var uri = DocumentUris.FromPath(Path.Combine(_root, "events/vahdat-2019.facts.yaml"));
        var handler = new Handlers.CodeLensHandler(session);
        using (await session.Gate.EnterAsync())
        {
            session.ApplySettings(EditorSettings.Default with { CodeLens = true });
        }

        var plain = await handler.CodeLensAsync(new CodeLensParams { TextDocument = new TextDocumentIdentifier { Uri = uri } }, default);
        Assert.NotEmpty(plain);
        Assert.All(plain, l => Assert.Equal(string.Empty, l.Command!.CommandIdentifier));

        using (await session.Gate.EnterAsync())
        {
            session.ApplySettings(EditorSettings.Default with { CodeLens = true, ClaimGroupView = true });
        }

        var lenses = await handler.CodeLensAsync(new CodeLensParams { TextDocument = new TextDocumentIdentifier { Uri = uri } }, default);
        Assert.All(lenses, l => Assert.Equal("factlint.showClaimGroup", l.Command!.CommandIdentifier));
        var args = lenses[0].Command!.Arguments!;
        Assert.Equal(uri, args[0].GetString());
        Assert.Equal(lenses[0].Range.Start.Line, args[1].GetInt32());
    }

    [Fact]
    public async Task After_an_edit_the_findings_are_those_of_the_cli_on_the_edited_text()
    {
        var (session, project, client) = await StartAsync();
        var path = "events/vahdat-2019.facts.yaml";
        var uri = DocumentUris.FromPath(Path.Combine(_root, path));
        var text = File.ReadAllText(Path.Combine(_root, path));
        var passes = 0;
        var pass = new TaskCompletionSource();
        session.CorpusPassCompleted += _ =>
        {
            if (++passes == 1)
            {
                pass.TrySetResult();
            }
        };

        OpenDocument? open;
        using (await session.Gate.EnterAsync())
        {
            await session.OpenAsync(new TextDocumentItem { Uri = uri, LanguageId = "yaml", Version = 1, Text = text });
            // The 10 km claim now agrees with the 24 km one: the FL3001 conflict in two files goes away.
            var at = text.IndexOf("value: 10", StringComparison.Ordinal) + 7;
            var position = SourceText.From(text).Lines.GetLinePosition(at);
            Assert.True(session.Change(
                new VersionedTextDocumentIdentifier { Uri = uri, Version = 2 },
                new[] { new TextDocumentContentChangeEvent { Range = new Protocol.Types.Range(new Position(position.Line, position.Character), new Position(position.Line, position.Character + 2)), Text = "24" } },
                out open,
                out _));
            await session.AnalyzeIfCurrentAsync(open!, 2);
        }

        await pass.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using (await session.Gate.EnterAsync())
        {
            var corpus = WorkspaceLoader.Load(_root).Corpus;
            corpus.SetDocument(FactDocument.FromText(path, open!.Text));
            var cli = CliFindings(corpus);
            Assert.DoesNotContain(cli[path], d => d.StartsWith("FL3001", StringComparison.Ordinal));
            foreach (var doc in project.Corpus.Documents)
            {
                Assert.Equal(cli.GetValueOrDefault(doc.Path, new List<string>()), project.DiagnosticsOf(doc.Path).Select(Describe).ToList());
            }

            // The other file of the conflict, which is not open, was republished without it.
            var other = client.Published[DocumentUris.FromPath(Path.Combine(_root, "events/vahdat-2025.facts.yaml"))];
            Assert.DoesNotContain(other.Diagnostics, d => d.Code == "FL3001");
            Assert.Equal(2, client.Published[uri].Version);
        }
    }

    private async Task<(WorkspaceSession Session, FactProject Project, FakeClient Client)> StartAsync()
    {
        var client = new FakeClient();
        var session = new WorkspaceSession(client);
        var done = new TaskCompletionSource();
        session.CorpusPassCompleted += _ => done.TrySetResult();
        session.AddFolder(_root);
        using (await session.Gate.EnterAsync())
        {
            session.StartIndexing();
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return (session, session.Projects.First(p => p.Root == Path.GetFullPath(_root)), client);
    }

    private Dictionary<string, List<string>> CliFindings(FactCorpus corpus)
    {
        var ws = WorkspaceLoader.Load(_root);
        var result = CorpusAnalyzer.Analyze(corpus, new AnalysisOptions { Config = ws.Config, Archives = new FileSystemArchiveStore(_root) });
        return result.Diagnostics.GroupBy(d => d.Location.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(Describe).ToList(), StringComparer.Ordinal);
    }

    private static string Describe(FactLint.Diagnostics.Diagnostic d) =>
        $"{d.Id} {d.Severity} {d.Location.Span} {d.Message} related={d.Related.Length} fixes={string.Join(",", d.Fixes.Select(f => f.Title))}";

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
