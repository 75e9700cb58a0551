using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using FactLint.Config;
using FactLint.Tests.Support;

namespace FactLint.Tests.Docs;

/// <summary>
/// "What is a fact file" is defined once (<see cref="FactFileNames"/>); the copies that cannot
/// reference it — MSBuild props and targets, the extension's package.json and its document
/// selector — are held to it here, so they cannot drift.
/// </summary>
public sealed class FactFileNamesContractTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, relative));

    [Fact]
    public void The_config_default_is_the_one_definition()
    {
        Assert.Equal(FactFileNames.Suffixes.Select(s => "**/*" + s), FactLintConfig.Default.Include);
    }

    [Fact]
    public void The_analyzer_props_add_exactly_the_fact_files_and_factlint_yaml()
    {
        var props = XDocument.Parse(Read("src/FactLint.Analyzers/build/FactLint.Analyzers.props"));
        var globs = props.Descendants("FactLintFactFiles").Single().Value.Split(';', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(FactFileNames.DefaultGlobs.Append("**/" + ConfigLoader.FileName), globs);
    }

    [Fact]
    public void The_analyzer_targets_recognise_exactly_the_fact_file_suffixes()
    {
        var targets = Read("src/FactLint.Analyzers/build/FactLint.Analyzers.targets");
        var condition = XDocument.Parse(targets).Descendants("_FactLintFactFile").Single().Attribute("Condition")!.Value;
        var suffixes = System.Text.RegularExpressions.Regex.Matches(condition, @"EndsWith\('([^']+)'\)").Select(m => m.Groups[1].Value);
        Assert.Equal(FactFileNames.Suffixes, suffixes);
    }

    [Fact]
    public void The_extension_activates_selects_and_validates_exactly_the_fact_files()
    {
        using var package = JsonDocument.Parse(Read("vscode-extension/package.json"));
        var root = package.RootElement;
        var activation = root.GetProperty("activationEvents").EnumerateArray().Select(e => e.GetString()!).Where(e => e.StartsWith("workspaceContains:", StringComparison.Ordinal) && !e.EndsWith(ConfigLoader.FileName, StringComparison.Ordinal));
        Assert.Equal(FactFileNames.DefaultGlobs.Select(g => "workspaceContains:" + g), activation);
        var fileMatch = root.GetProperty("contributes").GetProperty("yamlValidation")[0].GetProperty("fileMatch").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(FactFileNames.Suffixes.Select(s => "*" + s), fileMatch);

        var selector = System.Text.RegularExpressions.Regex.Matches(Read("vscode-extension/src/extension.ts"), @"pattern: '(\*\*/\*\.facts\.[a-z]+)'").Select(m => m.Groups[1].Value);
        Assert.Equal(FactFileNames.DefaultGlobs, selector);
    }
}
