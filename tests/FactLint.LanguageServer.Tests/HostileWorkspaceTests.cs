using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactLint.LanguageServer.Workspace;

namespace FactLint.LanguageServer.Tests;

/// <summary>The server reads the workspace through the same bounded reader as the CLI: a named pipe among the fact files is a finding, never a hung editor.</summary>
public sealed class HostileWorkspaceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlint-hostile-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_named_pipe_named_like_a_fact_file_does_not_stop_the_workspace_being_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "good.facts.yaml"), "factlint: 1\nentities:\n  - {id: riot, type: event, name: Riot, bogus: 1}\n");
        using (var p = Process.Start(new ProcessStartInfo("mkfifo", new[] { Path.Combine(_root, "pipe.facts.yaml") }) { UseShellExecute = false })!)
        {
            p.WaitForExit();
        }

        var client = new FakeClient();
        using var session = new WorkspaceSession(client);
        var indexed = new TaskCompletionSource();
        var passed = new TaskCompletionSource();
        session.Indexed += _ => indexed.TrySetResult();
        session.CorpusPassCompleted += _ => passed.TrySetResult();
        session.AddFolder(_root);
        using (await session.Gate.EnterAsync())
        {
            session.StartIndexing();
        }

        await indexed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await passed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var pipe = client.Published[DocumentUris.FromPath(Path.Combine(_root, "pipe.facts.yaml"))];
        Assert.Contains(pipe.Diagnostics, d => d.Code == "FL1001" && d.Message.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Contains(client.Published[DocumentUris.FromPath(Path.Combine(_root, "good.facts.yaml"))].Diagnostics, d => d.Code == "FL1002");
    }
}
