using System;
using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Cli.Files;
using FactLint.Reporting;
using FactLint.Reporting.Html;
using FactLint.Reporting.Views;
using FactLint.Workspace;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint report [PATH] -o report.html</c>: the workspace's claim groups, names, relaying
/// sources and findings as one self-contained HTML page (inline SVG, no script, nothing fetched),
/// written atomically. Links to files are relative to the report, so it works where it is written.
/// </summary>
public static class ReportCommand
{
    public const string DefaultFileName = "factlint-report.html";

    public static int Run(string? path, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (WorkspaceArgument.Load(path ?? ".", stderr) is not { } workspace)
        {
            return ExitCodes.UsageError;
        }

        if (workspace.Corpus.Count == 0)
        {
            stderr.WriteLine($"factlint: error: no fact files found in '{path ?? "."}' (looked for {string.Join(", ", workspace.Config.Include)}); check the path, or the include and exclude globs of factlint.yaml.");
            return ExitCodes.UsageError;
        }

        var options = new AnalysisOptions { Config = workspace.Config, Archives = new FileSystemArchiveStore(workspace.Root) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = AnalysisSession.Analyze(workspace.Corpus, options);
        var analysed = clock.Elapsed;
        clock.Restart();
        var model = ReportBuilder.Build(workspace.Root, workspace.Corpus, options, result.Diagnostics);
        var target = Path.GetFullPath(output ?? Path.Combine(workspace.Root, DefaultFileName));
        var folder = Path.GetDirectoryName(target)!;
        if (IsRecord(target, workspace))
        {
            // A mistyped -o must never replace a fact file, the config or a schema with a web page.
            stderr.WriteLine($"factlint: error: '{output}' is a YAML or JSON file of the workspace (a fact file, factlint.yaml or a schema); write the report to an .html file.");
            return ExitCodes.UsageError;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var html = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            HtmlReport.Write(html, model, where => Link(folder, workspace.Root, where));
            AtomicFile.WriteAllBytes(target, new System.Text.UTF8Encoding(false).GetBytes(html.ToString()));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factlint: error: cannot write '{target}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        var built = clock.Elapsed;
        var size = new FileInfo(target).Length;
        stdout.WriteLine($"factlint: wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} ({size / 1024.0:N0} KB): {model.Files:N0} {(model.Files == 1 ? "file" : "files")}, {model.Groups.Count:N0} claim {(model.Groups.Count == 1 ? "group" : "groups")} ({model.GroupsInDisagreement:N0} in disagreement), {result.Diagnostics.Length:N0} findings; analysis {analysed.TotalSeconds:N2} s, report {built.TotalSeconds:N2} s.");
        return ExitCodes.Clean;
    }

    private static bool IsRecord(string target, LoadedWorkspace workspace)
    {
        var extension = Path.GetExtension(target).ToLowerInvariant();
        if (extension is ".yaml" or ".yml" or ".json")
        {
            return true;
        }

        var relative = Path.GetRelativePath(workspace.Root, target).Replace('\\', '/');
        return workspace.Corpus[relative] != null;
    }

    /// <summary>A relative URL from the report's folder to a workspace file, each path segment escaped.</summary>
    private static string Link(string reportFolder, string root, FileLine where)
    {
        var relative = Path.GetRelativePath(reportFolder, Path.Combine(root, where.Path)).Replace('\\', '/');
        return string.Join("/", relative.Split('/').Select(s => s == ".." ? s : Uri.EscapeDataString(s)));
    }
}
