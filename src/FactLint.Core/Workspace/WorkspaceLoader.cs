using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.FileSystem;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Workspace;

/// <summary>Reads a workspace from disk: config, file discovery, and parallel reading and parsing of every fact file.</summary>
public static class WorkspaceLoader
{
    /// <param name="root">The workspace root (absolute).</param>
    /// <param name="extraFiles">Files named explicitly on the command line, included even if the globs would not match them.</param>
    /// <exception cref="WorkspaceException">A file exists but cannot be read.</exception>
    /// <param name="progress">Told how many files there are and when each is parsed.</param>
    public static LoadedWorkspace Load(string root, IEnumerable<string>? extraFiles = null, ILoadProgress? progress = null) =>
        Load(Prepare(root, extraFiles), progress);

    /// <summary>The config and the fact files a workspace has, read and found but not yet parsed (a cache can then decide whether they need to be).</summary>
    /// <exception cref="WorkspaceException">factlint.yaml exists but cannot be read.</exception>
    public static PreparedWorkspace Prepare(string root, IEnumerable<string>? extraFiles = null)
    {
        var configPath = Path.Combine(root, ConfigLoader.FileName);
        var config = FactLintConfig.Default;
        IReadOnlyList<Diagnostic> configDiagnostics = Array.Empty<Diagnostic>();
        var configFile = BoundedFileReader.Read(configPath, ParseLimits.Default.MaxFileBytes, root);
        if (configFile.Problem != null)
        {
            throw new WorkspaceException($"Cannot read {ConfigLoader.FileName}: {configFile.Problem}.");
        }

        if (configFile.Bytes != null)
        {
            var result = ConfigLoader.Load(SourceDecoder.Decode(configFile.Bytes).Text, p => ReadInside(root, p), SpecRuleIds.Known(RuleCatalog.Default));
            config = result.Config;
            configDiagnostics = result.Diagnostics;
        }

        var notices = new List<WorkspaceNotice>();
        var paths = FactFileDiscovery.Discover(root, config, notices).ToList();
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

        return new PreparedWorkspace(root, config, configDiagnostics, paths, notices);
    }

    /// <summary>Parses the prepared workspace's files, from <paramref name="contents"/> where given (one per path; read here when null).</summary>
    public static LoadedWorkspace Load(PreparedWorkspace prepared, ILoadProgress? progress = null, IReadOnlyList<FileContent>? contents = null)
    {
        var paths = prepared.Paths;
        progress?.Discovered(paths.Count);
        var documents = new FactDocument[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            documents[i] = contents == null ? ReadDocument(prepared.Root, paths[i]) : FromContent(paths[i], contents[i]);
            progress?.Parsed(paths[i]);
        });

        return new LoadedWorkspace(prepared.Root, prepared.Config, prepared.ConfigDiagnostics, new FactCorpus(documents)) { Notices = prepared.Notices };
    }

    /// <summary>Reads every prepared file through the bounded reader, in parallel.</summary>
    public static FileContent[] ReadAll(PreparedWorkspace prepared)
    {
        var contents = new FileContent[prepared.Paths.Count];
        Parallel.For(0, contents.Length, i => contents[i] = BoundedFileReader.Read(Path.Combine(prepared.Root, prepared.Paths[i]), ParseLimits.Default.MaxFileBytes, prepared.Root));
        return contents;
    }

    /// <summary>One fact file through the bounded reader; one that cannot be read is a document that says why (FL1001), and the run goes on.</summary>
    public static FactDocument ReadDocument(string root, string relative)
    {
        var content = BoundedFileReader.Read(Path.Combine(root, relative), ParseLimits.Default.MaxFileBytes, root);
        return FromContent(relative, content);
    }

    private static FactDocument FromContent(string relative, FileContent content) =>
        content.Bytes != null
            ? FactDocument.FromBytes(relative, content.Bytes)
            : FactDocument.Unreadable(relative, content.Problem ?? "it no longer exists");

    /// <summary>Reads a workspace file by relative path: missing when it is not there, refused (with why) when it resolves outside the workspace or is not a regular file.</summary>
    public static FileContent ReadInside(string root, string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return FileContent.Refused("it is an absolute path; configured files are relative to factlint.yaml and inside the workspace");
        }

        // The reader refuses what lies, or leads through a link, outside the root.
        return BoundedFileReader.Read(Path.Combine(root, relative), ParseLimits.Default.MaxFileBytes, root);
    }
}
