using System.IO;
using System.Linq;
using System.Text;
using FactLint.Tests.Support;

namespace FactLint.Cli.Tests;

[Collection("cwd")]
public sealed class FixCommandTests
{
    private const string NoVersion = "# a comment that stays\nsources:\n  - {id: s1, title: T, url: https://x.org}\n";

    [Fact]
    public void Fix_is_idempotent_on_the_examples_and_touches_only_files_with_something_to_fix()
    {
        using var cli = new CliRunner();
        CopyDirectory(Path.Combine(SharedData.RepositoryRoot, "examples"), cli.Root);
        var files = Directory.GetFiles(cli.Root, "*", SearchOption.AllDirectories);
        var before = files.ToDictionary(f => f, File.ReadAllBytes);
        var stamps = files.ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var (exit, output, err) = cli.Run("fix");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Contains("Fixed ", output, System.StringComparison.Ordinal);
        var changed = files.Where(f => !File.ReadAllBytes(f).SequenceEqual(before[f])).ToList();
        Assert.NotEmpty(changed);
        foreach (var f in files.Except(changed))
        {
            Assert.Equal(stamps[f], File.GetLastWriteTimeUtc(f));
        }

        var afterFirst = files.ToDictionary(f => f, File.ReadAllBytes);
        var second = cli.Run("fix");
        Assert.Equal(0, second.Exit);
        Assert.StartsWith("Nothing to fix", second.Out, System.StringComparison.Ordinal);
        Assert.All(files, f => Assert.Equal(afterFirst[f], File.ReadAllBytes(f)));

        // The unsafe fixes settle too, and then nothing is left to fix.
        Assert.Equal(0, cli.Run("fix", "--unsafe-fixes").Exit);
        Assert.StartsWith("Nothing to fix", cli.Run("fix", "--unsafe-fixes").Out, System.StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("lint").Exit);
    }

    [Fact]
    public void Diff_shows_the_change_writes_nothing_and_exits_1()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", NoVersion);
        var (exit, output, _) = cli.Run("fix", "--diff");
        Assert.Equal(1, exit);
        Assert.Contains("--- a/a.facts.yaml\n+++ b/a.facts.yaml\n@@ -1,3 +1,4 @@\n # a comment that stays\n+factlint: 1\n sources:\n", output.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Equal(NoVersion, File.ReadAllText(Path.Combine(cli.Root, "a.facts.yaml")));
    }

    [Fact]
    public void Fix_keeps_line_endings_byte_order_mark_and_permissions_and_leaves_no_temporary_file()
    {
        using var cli = new CliRunner();
        var path = Path.Combine(cli.Root, "crlf.facts.yaml");
        var crlf = NoVersion.Replace("\n", "\r\n", System.StringComparison.Ordinal);
        File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(crlf)).ToArray());
        if (!System.OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        Assert.Equal(0, cli.Run("fix").Exit);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal("# a comment that stays\r\nfactlint: 1\r\nsources:\r\n  - {id: s1, title: T, url: https://x.org}\r\n", text);
        if (!System.OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }

        Assert.Empty(Directory.GetFiles(cli.Root, "*factlint-tmp*"));
    }

    [Fact]
    public void A_file_that_is_not_clean_utf8_is_never_rewritten()
    {
        using var cli = new CliRunner();
        var path = Path.Combine(cli.Root, "bad.facts.yaml");
        var bytes = Encoding.UTF8.GetBytes(NoVersion).Concat(new byte[] { 0x23, 0x20, 0xFF, 0x0A }).ToArray();
        File.WriteAllBytes(path, bytes);
        var (exit, output, err) = cli.Run("fix");
        Assert.Equal(0, exit);
        Assert.Contains("bad.facts.yaml was not fixed: it is not clean UTF-8", err, System.StringComparison.Ordinal);
        Assert.StartsWith("Nothing to fix", output, System.StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    private const string Sources = "factlint: 1\nsources:\n  - {id: tsargrad-2019-05, title: Riot, url: https://t.example}\nentities:\n  - {id: riot, type: event, name: Riot}\n";

    private static string Citing(string id) => "factlint: 1\nclaims:\n  - id: c1\n    subject: riot\n    property: killed\n    value: 29\n    sources:\n      - source: " + id + "\n        quote: \"29 dead\"\n";

    [Fact]
    public void A_stub_source_is_written_only_when_selected_by_its_key()
    {
        using var cli = new CliRunner();
        cli.Write("s.facts.yaml", Sources);
        cli.Write("c.facts.yaml", Citing("ministry-statement"));
        var plain = cli.Run("fix", "--unsafe-fixes");
        Assert.Equal(0, plain.Exit);
        Assert.DoesNotContain("TODO", File.ReadAllText(Path.Combine(cli.Root, "c.facts.yaml")), System.StringComparison.Ordinal);

        var asked = cli.Run("fix", "--unsafe-fixes", "--select", "FL1004.source-stub");
        Assert.Equal(0, asked.Exit);
        Assert.Contains("FL1004 Add a stub for source 'ministry-statement'", asked.Out, System.StringComparison.Ordinal);
        Assert.Contains("id: ministry-statement", File.ReadAllText(Path.Combine(cli.Root, "c.facts.yaml")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_fix_made_in_another_file_is_written_there_and_reported_with_its_finding()
    {
        using var cli = new CliRunner();
        cli.Write("people.facts.yaml", "factlint: 1\nentities:\n  - id: gulmurod-khalimov\n    type: person\n    name: Gulmurod Khalimov\n");
        cli.Write("claims.facts.yaml", "factlint: 1\nsources:\n  - {id: src, title: Riot, url: https://s.example}\nclaims:\n  - id: c1\n    subject: gulmurod-khalimov\n    property: role\n    value: commander\n    sources:\n      - source: src\n        quote: \"Gulmurod Halimov, the commander\"\n");
        var (exit, output, err) = cli.Run("fix", "--unsafe-fixes");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Contains("people.facts.yaml: 1 fix", output, System.StringComparison.Ordinal);
        Assert.Contains("(for the finding at claims.facts.yaml:11:", output, System.StringComparison.Ordinal);
        Assert.Contains("Fixed 1 finding in 1 file.", output, System.StringComparison.Ordinal);
        Assert.Contains("aliases: [Gulmurod Halimov]", File.ReadAllText(Path.Combine(cli.Root, "people.facts.yaml")), System.StringComparison.Ordinal);
        Assert.StartsWith("Nothing to fix", cli.Run("fix", "--unsafe-fixes").Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_run_are_removed_by_the_next_and_others_are_kept()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", NoVersion);
        var stray = Path.Combine(cli.Root, ".a.facts.yaml.0123456789abcdef0123456789abcdef.factlint-tmp");
        var notOurs = Path.Combine(cli.Root, ".notes.factlint-tmp");
        File.WriteAllText(stray, "half-written");
        File.WriteAllText(notOurs, "someone else's");
        Assert.Equal(0, cli.Run("fix").Exit);
        Assert.False(File.Exists(stray));
        Assert.True(File.Exists(notOurs));
    }

    [Fact]
    public void Unsafe_fixes_on_a_corpus_offering_every_rules_fix_leave_parsing_files_no_new_errors_and_settle()
    {
        using var cli = new CliRunner();
        CopyDirectory(Path.Combine(SharedData.RepositoryRoot, "examples"), cli.Root);
        // Beside the examples' own slips (FL2003, FL2004, FL3002, FL3004, FL4001, FL4004, FL9001):
        // no version line (FL1005) and a mistyped source id (FL1004).
        cli.Write("extra.facts.yaml", "claims:\n  - id: extra-claim\n    subject: vahdat-riot-2019\n    property: injured.guards\n    value: 3\n    sources:\n      - source: tsargrad-2019-5\n");
        var before = cli.Run("lint", "--format", "json").Out;
        var (exit, output, err) = cli.Run("fix", "--unsafe-fixes");
        Assert.Equal(0, exit);
        foreach (var rule in new[] { "FL1004", "FL1005", "FL2003", "FL3002", "FL4001", "FL4004", "FL9001" })
        {
            Assert.Contains(" " + rule + " ", output, System.StringComparison.Ordinal);
        }

        var after = cli.Run("lint", "--format", "json").Out;
        Assert.DoesNotContain("\"severity\": \"error\"", after, System.StringComparison.Ordinal);
        Assert.True(Count(after, "\"id\": \"FL1") <= Count(before, "\"id\": \"FL1"), err);
        Assert.StartsWith("Nothing to fix", cli.Run("fix", "--unsafe-fixes").Out, System.StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, System.StringComparison.Ordinal).Length) / part.Length;

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
