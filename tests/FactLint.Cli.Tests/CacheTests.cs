using System.IO;
using System.Linq;

namespace FactLint.Cli.Tests;

[Collection("cwd")]
public sealed class CacheTests
{
    private const string Claim = "factlint: 1\nsources:\n  - {id: s1, title: T, url: https://x.org}\nclaims:\n  - {id: c1, subject: nobody, property: p, value: 1, sources: [{source: s1, quote: \"2 dead\"}]}\n";

    [Fact]
    public void A_warm_run_reports_what_a_cold_run_does_and_a_changed_file_is_checked_again()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Claim);
        cli.Write("b.facts.yaml", Claim.Replace("c1", "c2", System.StringComparison.Ordinal).Replace("s1", "s2", System.StringComparison.Ordinal));
        var cold = cli.Run("lint", "--format", "json");
        var folder = Path.Combine(cli.Root, ".factlint-cache");
        Assert.True(Directory.Exists(folder));
        Assert.Equal("*", File.ReadAllLines(Path.Combine(folder, ".gitignore")).Last());
        Assert.Equal(cold, cli.Run("lint", "--format", "json"));

        // FL2004 is a per-file finding: once the quote carries the figure it must go, cache or not.
        cli.Write("a.facts.yaml", Claim.Replace("2 dead", "1 dead", System.StringComparison.Ordinal));
        var warm = cli.Run("lint", "--format", "json");
        Assert.Equal(cli.Run("lint", "--format", "json", "--no-cache"), warm);
        Assert.Equal(new[] { "a.facts.yaml", "b.facts.yaml" }, FilesWith("FL2004", cold.Out));
        Assert.Equal(new[] { "b.facts.yaml" }, FilesWith("FL2004", warm.Out));

        // A damaged or planted cache file only makes the run cold.
        foreach (var file in Directory.GetFiles(folder, "files-*.bin"))
        {
            File.WriteAllBytes(file, new byte[] { 0x10, 0x66, 0x61, 0x63, 0x74, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3 });
        }

        Assert.Equal(warm, cli.Run("lint", "--format", "json"));
    }

    [Fact]
    public void A_flipped_byte_inside_a_cached_message_is_a_miss_not_a_garbled_finding()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Claim);
        var cold = cli.Run("lint", "--format", "json");
        var file = Directory.GetFiles(Path.Combine(cli.Root, ".factlint-cache"), "files-*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        // Change a letter of a cached message ("quote" → "quotf"): still valid UTF-8 and lengths.
        var at = System.Text.Encoding.UTF8.GetString(bytes).IndexOf("quote", System.StringComparison.Ordinal);
        Assert.True(at > 0, "the cache should hold the FL2004 message");
        var offset = System.Text.Encoding.UTF8.GetByteCount(System.Text.Encoding.UTF8.GetString(bytes).Substring(0, at)) + 4;
        bytes[offset] = (byte)'f';
        File.WriteAllBytes(file, bytes);
        var warm = cli.Run("lint", "--format", "json");
        Assert.Equal(cold, warm);
    }

    private static string[] FilesWith(string id, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == id)
            .Select(d => d.GetProperty("file").GetString()!)
            .Order(System.StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void No_cache_leaves_no_cache_folder()
    {
        using var cli = new CliRunner();
        cli.Write("a.facts.yaml", Claim);
        cli.Run("lint", "--no-cache");
        Assert.False(Directory.Exists(Path.Combine(cli.Root, ".factlint-cache")));
    }

    [Fact]
    public void An_unchanged_workspace_reuses_the_last_runs_findings_and_any_change_is_checked_again()
    {
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        cli.Write("archive/a.txt", "Officials said 2 dead after the flood.\n");
        const string withArchive = "factlint: 1\nsources:\n  - {id: s1, title: T, url: https://x.org, archive: archive/a.txt}\nclaims:\n  - {id: c1, subject: nobody, property: p, value: 2, sources: [{source: s1, quote: \"2 dead\"}]}\n";
        cli.Write("a.facts.yaml", withArchive);
        cli.Write("b.facts.yaml", withArchive.Replace("c1", "c2", System.StringComparison.Ordinal).Replace("value: 2", "value: 3", System.StringComparison.Ordinal).Replace("2 dead", "3 dead", System.StringComparison.Ordinal));

        // The first run of a checkout writes the per-file cache only; the second the run cache too; the third reuses it.
        var first = cli.Run("lint", "--format", "json");
        Assert.Empty(Directory.GetFiles(Path.Combine(cli.Root, ".factlint-cache"), "run-*.bin"));
        Assert.Equal(first, cli.Run("lint", "--format", "json"));
        Assert.Single(Directory.GetFiles(Path.Combine(cli.Root, ".factlint-cache"), "run-*.bin"));
        var reused = cli.Run("lint", "--format", "json", "--timings");
        Assert.Equal(first.Out, reused.Out);
        Assert.Contains("findings are reused", reused.Err, System.StringComparison.Ordinal);
        Assert.Contains("FL2003", first.Out, System.StringComparison.Ordinal); // "3 dead" is not in the archive
        Assert.Contains("FL3001", first.Out, System.StringComparison.Ordinal);

        // One byte of one fact file: computed again, and right.
        cli.Write("b.facts.yaml", withArchive.Replace("c1", "c2", System.StringComparison.Ordinal));
        var edited = cli.Run("lint", "--format", "json", "--timings");
        Assert.DoesNotContain("findings are reused", edited.Err, System.StringComparison.Ordinal);
        Assert.Equal(cli.Run("lint", "--format", "json", "--no-cache").Out, edited.Out);
        Assert.DoesNotContain("FL3001", edited.Out, System.StringComparison.Ordinal);

        // The archived source changes (the quote is no longer in it): computed again.
        Assert.Contains("findings are reused", cli.Run("lint", "--format", "json", "--timings").Err, System.StringComparison.Ordinal);
        cli.Write("archive/a.txt", "Officials said many died after the flood.\n");
        var archiveChanged = cli.Run("lint", "--format", "json", "--timings");
        Assert.DoesNotContain("findings are reused", archiveChanged.Err, System.StringComparison.Ordinal);
        Assert.Contains("FL2003", archiveChanged.Out, System.StringComparison.Ordinal);
        Assert.Equal(cli.Run("lint", "--format", "json", "--no-cache").Out, archiveChanged.Out);

        // A missing archive that appears, a new fact file, a damaged cache: each a miss, never a stale answer.
        File.Delete(Path.Combine(cli.Root, "archive", "a.txt"));
        var missing = cli.Run("lint", "--format", "json");
        cli.Run("lint", "--format", "json");
        cli.Write("archive/a.txt", "Officials said 2 dead after the flood.\n");
        var back = cli.Run("lint", "--format", "json", "--timings");
        Assert.DoesNotContain("findings are reused", back.Err, System.StringComparison.Ordinal);
        Assert.NotEqual(missing.Out, back.Out);
        cli.Write("c.facts.yaml", "factlint: 1\nsources:\n  - {id: s9, title: T, url: https://x.org}\n");
        Assert.Contains("c.facts.yaml", cli.Run("lint", "--format", "json").Out, System.StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(cli.Root, ".factlint-cache"), "run-*.bin"))
        {
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 1;
            File.WriteAllBytes(file, bytes);
        }

        var damaged = cli.Run("lint", "--format", "json", "--timings");
        Assert.DoesNotContain("findings are reused", damaged.Err, System.StringComparison.Ordinal);
        Assert.Equal(cli.Run("lint", "--format", "json", "--no-cache").Out, damaged.Out);
    }

    [Fact]
    public void Thousands_of_reused_findings_come_back_whole_in_every_format()
    {
        // Over 5,000 findings: the run cache holds them in several segments, decoded side by side.
        using var cli = new CliRunner();
        cli.Write("factlint.yaml", "include: [\"**/*.facts.yaml\"]\n");
        for (var f = 0; f < 6; f++)
        {
            var text = new System.Text.StringBuilder("factlint: 1\nclaims:\n");
            for (var c = 0; c < 900; c++)
            {
                text.Append("  - {id: c").Append(f).Append('-').Append(c).Append(", subject: s").Append(c % 40).Append(", property: killed, value: ").Append((c * 7 % 13) + f).Append("}\n");
            }

            cli.Write($"f{f}.facts.yaml", text.ToString());
        }

        var cold = cli.Run("lint", "--format", "json", "--no-cache");
        using (var doc = System.Text.Json.JsonDocument.Parse(cold.Out))
        {
            Assert.True(doc.RootElement.GetProperty("diagnostics").GetArrayLength() > 5_000, "the workspace should draw over 5,000 findings");
        }

        cli.Run("lint", "--format", "json");
        cli.Run("lint", "--format", "json");
        foreach (var format in new[] { "json", "sarif", "text" })
        {
            var warm = cli.Run("lint", "--format", format, "--timings");
            Assert.Contains("findings are reused", warm.Err, System.StringComparison.Ordinal);
            Assert.Equal(cli.Run("lint", "--format", format, "--no-cache").Out, warm.Out);
        }

        // A flipped byte near the end (in the last segment): a miss, computed afresh.
        foreach (var file in Directory.GetFiles(Path.Combine(cli.Root, ".factlint-cache"), "run-*.bin"))
        {
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length - 100] ^= 1;
            File.WriteAllBytes(file, bytes);
        }

        var damaged = cli.Run("lint", "--format", "json", "--timings");
        Assert.DoesNotContain("findings are reused", damaged.Err, System.StringComparison.Ordinal);
        Assert.Equal(cold.Out, damaged.Out);
    }
}
