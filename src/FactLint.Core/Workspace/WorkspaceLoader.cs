using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Rules;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Workspace;

/// <summary>Reads a workspace from disk: config, file discovery, and parallel reading and parsing of every fact file.</summary>
public static class WorkspaceLoader
{
    /// <param name="root">The workspace root (absolute).</param>
    /// <param name="extraFiles">Files named explicitly on the command line, included even if the globs would not match them.</param>
    /// <exception cref="WorkspaceException">A file exists but cannot be read.</exception>
    /// <param name="progress">Told how many files there are and when each is parsed.</param>
    public static LoadedWorkspace Load(string root, IEnumerable<string>? extraFiles = null, ILoadProgress? progress = null)
    {
        var configPath = Path.Combine(root, ConfigLoader.FileName);
        var config = FactLintConfig.Default;
        IReadOnlyList<Diagnostic> configDiagnostics = Array.Empty<Diagnostic>();
        if (File.Exists(configPath))
        {
            var result = ConfigLoader.Load(SourceText.From(ReadText(configPath)), p => ReadInside(root, p), SpecRuleIds.Known(RuleCatalog.Default));
            config = result.Config;
            configDiagnostics = result.Diagnostics;
        }

        var paths = FactFileDiscovery.Discover(root, config).ToList();
        if (extraFiles != null)
        {
            foreach (var f in extraFiles)
            {
                var rel = FactFileDiscovery.ToRelative(root, f);
                if (!paths.Contains(rel, StringComparer.Ordinal))
                {
                    paths.Add(rel);
                }
            }
        }

        progress?.Discovered(paths.Count);
        var documents = new FactDocument[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var full = Path.Combine(root, paths[i]);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(full);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new WorkspaceException($"Cannot read {paths[i]}: {ex.Message}", ex);
            }

            documents[i] = FactDocument.FromBytes(paths[i], bytes);
            progress?.Parsed(paths[i]);
        });

        return new LoadedWorkspace(root, config, configDiagnostics, new FactCorpus(documents));
    }

    /// <summary>Reads a workspace file by relative path; null when it is missing or resolves outside the workspace.</summary>
    public static string? ReadInside(string root, string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return null;
        }

        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(rootFull, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WorkspaceException($"Cannot read {path}: {ex.Message}", ex);
        }
    }
}
