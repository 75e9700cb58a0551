using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactLint.Tests.Support;

namespace FactLint.Cli.Tests;

/// <summary>The README's sample outputs are what the first command prints on the examples, byte for byte: they cannot drift as the examples change.</summary>
[Collection("cwd")]
public sealed class ReadmeSampleTests
{
    [Fact]
    public void Every_sample_finding_in_the_readme_is_printed_as_shown()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var samples = Regex.Matches(readme, "```\n(events/[^`]*?)\n```").Select(m => m.Groups[1].Value).ToList();
        Assert.True(samples.Count >= 2, "the README should show sample findings");

        using var cli = new CliRunner();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "examples"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(cli.Root, Path.GetRelativePath(Path.Combine(SharedData.RepositoryRoot, "examples"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var (_, output, _) = cli.Run("lint", "--color", "never", "--progress", "never", "--no-cache");
        foreach (var sample in samples)
        {
            Assert.True(output.Replace("\r\n", "\n", StringComparison.Ordinal).Contains(sample, StringComparison.Ordinal), $"The README shows output that 'factlint lint examples' no longer prints; regenerate it:\n{sample}");
        }
    }
}
