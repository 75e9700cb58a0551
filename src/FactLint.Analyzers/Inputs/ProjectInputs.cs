using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Config;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Inputs;

/// <summary>The project's additional files sorted by the part they play: fact files, workspace configs, .editorconfig files, and the rest (archives, schemas).</summary>
internal sealed class ProjectInputs
{
    public const string EditorConfigName = ".editorconfig";

    private ProjectInputs(
        ImmutableArray<AdditionalText> factFiles,
        ImmutableArray<AdditionalText> configs,
        ImmutableArray<AdditionalText> editorConfigs,
        IReadOnlyDictionary<string, AdditionalText> byPath)
    {
        FactFiles = factFiles;
        Configs = configs;
        EditorConfigs = editorConfigs;
        ByPath = byPath;
    }

    public ImmutableArray<AdditionalText> FactFiles { get; }

    public ImmutableArray<AdditionalText> Configs { get; }

    public ImmutableArray<AdditionalText> EditorConfigs { get; }

    /// <summary>Every additional file by its normalised absolute path.</summary>
    public IReadOnlyDictionary<string, AdditionalText> ByPath { get; }

    public static bool IsFactFile(string path) => FactFileNames.IsFactFileName(path);

    public static bool IsConfig(string normalizedPath) =>
        string.Equals(BuildPaths.FileName(normalizedPath), ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase);

    public static ProjectInputs From(ImmutableArray<AdditionalText> files)
    {
        var facts = ImmutableArray.CreateBuilder<AdditionalText>();
        var configs = ImmutableArray.CreateBuilder<AdditionalText>();
        var editorConfigs = ImmutableArray.CreateBuilder<AdditionalText>();
        var byPath = new Dictionary<string, AdditionalText>(BuildPaths.PathComparer);
        foreach (var file in files)
        {
            var path = BuildPaths.Normalize(file.Path);

            // The same file listed twice (two globs matching it) is one file.
            if (byPath.ContainsKey(path))
            {
                continue;
            }

            byPath[path] = file;
            if (IsFactFile(path))
            {
                facts.Add(file);
            }
            else if (IsConfig(path))
            {
                configs.Add(file);
            }
            else if (string.Equals(BuildPaths.FileName(path), EditorConfigName, StringComparison.Ordinal))
            {
                editorConfigs.Add(file);
            }
        }

        return new ProjectInputs(facts.ToImmutable(), configs.ToImmutable(), editorConfigs.ToImmutable(), byPath);
    }
}
