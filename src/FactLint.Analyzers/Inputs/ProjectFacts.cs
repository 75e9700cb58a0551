using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Analyzers.Severities;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLint.Analyzers.Inputs;

/// <summary>
/// Every corpus of one project, read once per compilation. A fact file belongs to the workspace
/// of the nearest <c>factlint.yaml</c> above it, as on the command line; fact files with none
/// above them form one workspace rooted at the project folder (or the folder above all of them).
/// </summary>
internal sealed class ProjectFacts
{
    private readonly Dictionary<string, (BuildWorkspace Workspace, FactDocument? Document)> _byPath;

    private ProjectFacts(IReadOnlyList<BuildWorkspace> workspaces, Dictionary<string, (BuildWorkspace, FactDocument?)> byPath)
    {
        Workspaces = workspaces;
        _byPath = byPath;
    }

    public IReadOnlyList<BuildWorkspace> Workspaces { get; }

    /// <summary>The workspace of a fact file or config, and the fact file's document (null for a config, or a file the compiler could not read).</summary>
    public bool TryFind(string normalizedPath, out BuildWorkspace workspace, out FactDocument? document)
    {
        if (_byPath.TryGetValue(normalizedPath, out var found))
        {
            workspace = found.Workspace;
            document = found.Document;
            return true;
        }

        workspace = null!;
        document = null;
        return false;
    }

    public static ProjectFacts Read(ProjectInputs inputs, string? projectDirectory, BuildSeverities severities, CancellationToken cancellationToken)
    {
        var configDirs = inputs.Configs
            .Select(c => (Dir: BuildPaths.DirectoryOf(BuildPaths.Normalize(c.Path)), File: c))
            .OrderByDescending(c => c.Dir.Length)
            .ToList();

        var groups = new Dictionary<string, List<(string Path, AdditionalText File)>>(BuildPaths.PathComparer);
        var unconfigured = new List<(string Path, AdditionalText File)>();
        foreach (var file in inputs.FactFiles)
        {
            var path = BuildPaths.Normalize(file.Path);
            var owner = configDirs.FirstOrDefault(c => BuildPaths.IsUnder(c.Dir, path));
            if (owner.File == null)
            {
                unconfigured.Add((path, file));
                continue;
            }

            if (!groups.TryGetValue(owner.Dir, out var list))
            {
                groups[owner.Dir] = list = new List<(string, AdditionalText)>();
            }

            list.Add((path, file));
        }

        var workspaces = new List<BuildWorkspace>();
        var byPath = new Dictionary<string, (BuildWorkspace, FactDocument?)>(BuildPaths.PathComparer);
        foreach (var (dir, config) in configDirs)
        {
            groups.TryGetValue(dir, out var members);
            workspaces.Add(ReadWorkspace(dir, config, members ?? new List<(string, AdditionalText)>(), inputs, severities, byPath, cancellationToken));
        }

        if (unconfigured.Count > 0)
        {
            var root = projectDirectory != null ? BuildPaths.AsDirectory(projectDirectory) : BuildPaths.DirectoryOf(unconfigured[0].Path);
            foreach (var (path, _) in unconfigured)
            {
                root = BuildPaths.CommonDirectory(root, path);
            }

            workspaces.Add(ReadWorkspace(root, null, unconfigured, inputs, severities, byPath, cancellationToken));
        }

        return new ProjectFacts(workspaces, byPath);
    }

    private static BuildWorkspace ReadWorkspace(
        string root,
        AdditionalText? configFile,
        List<(string Path, AdditionalText File)> members,
        ProjectInputs inputs,
        BuildSeverities severities,
        Dictionary<string, (BuildWorkspace, FactDocument?)> byPath,
        CancellationToken cancellationToken)
    {
        var config = FactLintConfig.Default;
        IReadOnlyList<FactLint.Diagnostics.Diagnostic> configDiagnostics = Array.Empty<FactLint.Diagnostics.Diagnostic>();
        if (configFile?.GetText(cancellationToken) is { } configText)
        {
            var loaded = ConfigLoader.Load(
                configText,
                relative => inputs.ByPath.TryGetValue(root + relative, out var f) ? f.GetText(cancellationToken)?.ToString() : null,
                SpecRuleIds.Known(RuleCatalog.Default),
                "It must also be one of the project's AdditionalFiles: the compiler reads no other file.");
            config = loaded.Config;
            configDiagnostics = loaded.Diagnostics;
        }

        var workspace = new BuildWorkspace(root, configFile, config, configDiagnostics, inputs.ByPath);
        if (configFile != null)
        {
            byPath[BuildPaths.Normalize(configFile.Path)] = (workspace, null);
        }

        // The config's include/exclude globs still apply, so that the build and the CLI check the same files.
        var matcher = FactFileMatcher.Create(config);
        var included = members.Where(m => matcher.Match(workspace.RelativePath(m.Path)).HasMatches).ToArray();

        var documents = new FactDocument?[included.Length];
        Parallel.For(0, included.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var text = included[i].File.GetText(cancellationToken);
            documents[i] = text == null ? null : FactDocument.FromText(workspace.RelativePath(included[i].Path), text);
        });

        for (var i = 0; i < included.Length; i++)
        {
            if (documents[i] is FactDocument doc)
            {
                workspace.Corpus.SetDocument(doc);
            }
            else
            {
                workspace.Unreadable.Add(included[i].File);
            }

            byPath[included[i].Path] = (workspace, documents[i]);
        }

        workspace.Options = new AnalysisOptions
        {
            Config = severities.ConfigToRun(config),
            Archives = new AdditionalTextArchiveStore(workspace, cancellationToken),
            Parallel = false,
        };
        return workspace;
    }
}
