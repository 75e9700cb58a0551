using System;
using System.IO;
using FactLint.Archives;
using FactLint.Workspace;

namespace FactLint.Tests.Workspace;

public sealed class FileSystemArchiveStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlint-archives-" + Guid.NewGuid().ToString("N"));
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "factlint-outside-" + Guid.NewGuid().ToString("N"));

    public FileSystemArchiveStoreTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "archive"));
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_root, "archive", "a.txt"), "Some 140 passengers waited.");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "not yours");
        File.WriteAllBytes(Path.Combine(_root, "archive", "bin.txt"), new byte[] { 1, 0, 2, 0 });
    }

    [Fact]
    public void Reads_a_file_inside_the_workspace()
    {
        var lookup = new FileSystemArchiveStore(_root).Open("archive/a.txt");
        Assert.Equal(ArchiveStatus.Available, lookup.Status);
        Assert.Equal("Some 140 passengers waited.", lookup.Document!.ReadText());
    }

    [Fact]
    public void Refuses_links_that_lead_out_and_follows_links_that_stay_inside()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "archive", "out.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "linked-dir"), _outside);
        File.CreateSymbolicLink(Path.Combine(_root, "archive", "in.txt"), Path.Combine(_root, "archive", "a.txt"));
        var store = new FileSystemArchiveStore(_root);
        Assert.Equal(ArchiveStatus.LinkOutside, store.Open("archive/out.txt").Status);
        Assert.Equal(ArchiveStatus.LinkOutside, store.Open("linked-dir/secret.txt").Status);
        Assert.Null(store.Open("archive/out.txt").Document);
        Assert.Equal(ArchiveStatus.Available, store.Open("archive/in.txt").Status);
    }

    [Fact]
    public void Reports_missing_folders_and_binary_files()
    {
        var store = new FileSystemArchiveStore(_root);
        Assert.Equal(ArchiveStatus.Missing, store.Open("archive/none.txt").Status);
        Assert.Equal(ArchiveStatus.NotAFile, store.Open("archive").Status);
        Assert.Equal(ArchiveStatus.NotText, store.Open("archive/bin.txt").Status);
    }

    [Theory]
    [InlineData("events/a.facts.yaml", "../archive/a.txt", ArchiveStatus.Available, "archive/a.txt")]
    [InlineData("a.facts.yaml", "./archive/./a.txt", ArchiveStatus.Available, "archive/a.txt")]
    [InlineData("a.facts.yaml", "../x.txt", ArchiveStatus.OutsideWorkspace, "")]
    [InlineData("events/a.facts.yaml", "../../x.txt", ArchiveStatus.OutsideWorkspace, "")]
    [InlineData("a.facts.yaml", "/etc/passwd", ArchiveStatus.Absolute, "")]
    [InlineData("a.facts.yaml", "C:\\secret.txt", ArchiveStatus.Absolute, "")]
    [InlineData("a.facts.yaml", "file:///etc/passwd", ArchiveStatus.Absolute, "")]
    [InlineData("a.facts.yaml", "archive\\a.txt", ArchiveStatus.Available, "archive/a.txt")]
    public void Paths_are_resolved_on_their_text_before_any_file_is_touched(string factFile, string archive, ArchiveStatus status, string relative)
    {
        Assert.Equal(status, ArchivePaths.Resolve(factFile, archive, out var resolved));
        Assert.Equal(relative, resolved);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }
}
