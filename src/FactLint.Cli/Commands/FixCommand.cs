using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactLint.Analysis;
using FactLint.Cli.Files;
using FactLint.Cli.Output;
using FactLint.Fixes;
using FactLint.Workspace;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint fix [PATH...]</c>: applies the safe fixes (with <c>--unsafe-fixes</c> the unsafe
/// ones too) until the corpus stops changing, writes each changed file atomically in its own
/// encoding and line endings, and prints what it changed. <c>--diff</c> prints a unified diff
/// instead and writes nothing. A file with nothing to fix is never touched.
/// </summary>
public static class FixCommand
{
    /// <returns>0 when done (or, with --diff, when nothing would change); 1 with --diff when something would; 2 on a usage or write error.</returns>
    /// <param name="select">Rule ids or fix keys (<c>FL4001</c>, <c>FL1004.source-stub</c>) to apply instead of every finding's preferred fix.</param>
    public static int Run(IReadOnlyList<string> paths, bool unsafeFixes, bool diff, TextWriter stdout, TextWriter stderr, IReadOnlyList<string>? select = null)
    {
        var targets = LintTargets.Resolve(paths, stderr);
        if (targets == null)
        {
            return ExitCodes.UsageError;
        }

        var policy = new FixPolicy(unsafeFixes, select);
        var total = 0;
        var changedFiles = 0;
        foreach (var target in targets.Workspaces)
        {
            var workspace = target.Load(stderr);
            if (workspace == null)
            {
                return ExitCodes.UsageError;
            }

            // Asked only for files that have fixes, before their first change: their bytes are
            // read once more to make sure the text goes back to exactly those bytes.
            var originals = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var skipped = new SortedSet<string>(StringComparer.Ordinal);
            bool Writable(string path)
            {
                if (originals.ContainsKey(path))
                {
                    return true;
                }

                if (skipped.Contains(path))
                {
                    return false;
                }

                var document = workspace.Corpus[path];
                var bytes = ReadOrEmpty(Path.Combine(target.Root, path));
                if (document != null && document.DecodeError == null && FileBytes.RoundTrips(bytes, document.Text))
                {
                    originals[path] = bytes;
                    return true;
                }

                skipped.Add(path);
                return false;
            }

            if (!diff)
            {
                foreach (var folder in workspace.Corpus.Documents.Select(d => Path.GetDirectoryName(Path.Combine(target.Root, d.Path)) ?? target.Root).Distinct(StringComparer.Ordinal))
                {
                    AtomicFile.RemoveStrays(folder);
                }
            }

            var options = new AnalysisOptions { Config = workspace.Config, Archives = new FileSystemArchiveStore(target.Root) };
            var result = FixLoop.Run(workspace.Corpus, options, policy, target.InScope, Writable);
            foreach (var (path, change) in result.Changed.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var fixes = result.Applied.Where(a => a.EditedPaths.Contains(path)).ToList();
                if (diff)
                {
                    UnifiedDiff.Write(stdout, path, change.Before.ToString(), change.After.ToString());
                }
                else
                {
                    try
                    {
                        AtomicFile.WriteAllBytes(Path.Combine(target.Root, path), FileBytes.Encode(change.After, FileBytes.HasBom(originals[path])));
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        stderr.WriteLine($"factlint: error: cannot write '{path}': {ex.Message}");
                        return ExitCodes.UsageError;
                    }

                    stdout.WriteLine($"{path}: {fixes.Count} {(fixes.Count == 1 ? "fix" : "fixes")}");
                    foreach (var fix in fixes)
                    {
                        // A fix made here for a finding in another file says where that finding is, not a position here.
                        stdout.WriteLine(fix.Path == path
                            ? $"  {fix.Position.Line + 1}:{fix.Position.Character + 1} {fix.RuleId} {fix.Title}"
                            : $"  {fix.RuleId} {fix.Title} (for the finding at {fix.Path}:{fix.Position.Line + 1}:{fix.Position.Character + 1})");
                    }
                }

                changedFiles++;
            }

            total += result.Applied.Count(a => a.EditedPaths.Any(result.Changed.ContainsKey));
            foreach (var refused in result.Skipped)
            {
                stderr.WriteLine($"factlint: warning: {refused.Path}:{refused.Position.Line + 1}:{refused.Position.Character + 1}: {refused.RuleId} fix '{refused.Title}' was not applied: {refused.Reason}.");
            }

            foreach (var path in skipped)
            {
                stderr.WriteLine($"factlint: warning: {path} was not fixed: it is not clean UTF-8, and rewriting it could change bytes no fix meant to change.");
            }

            if (!result.Converged)
            {
                stderr.WriteLine($"factlint: warning: the fixes still changed the files after {FixLoop.MaxRounds} rounds; run `factlint fix` again and report the files as a bug if it never settles.");
            }
        }

        var verb = diff ? "Would fix" : "Fixed";
        stdout.WriteLine(total == 0
            ? "Nothing to fix" + (unsafeFixes ? "." : " with safe fixes (unsafe ones need --unsafe-fixes).")
            : $"{verb} {total} {(total == 1 ? "finding" : "findings")} in {changedFiles} {(changedFiles == 1 ? "file" : "files")}.");
        return diff && total > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static byte[] ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<byte>();
        }
    }
}
