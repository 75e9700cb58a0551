using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Cli.Output;
using FactLint.Names;
using FactLint.Workspace;
using FactLint.Text;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint names [PATH...]</c>: the clusters of spellings of a corpus, with counts and where each spelling occurs.</summary>
public static class NamesClusterCommand
{
    public static int Run(IReadOnlyList<string> paths, OutputFormat format, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var requested = paths.Count == 0 ? new[] { "." } : paths;
        var all = new List<(IReadOnlyList<NameSurvey.Spelling> Cluster, string Root)>();
        var totalWords = 0;
        foreach (var p in requested)
        {
            if (WorkspaceArgument.Load(p, stderr) is not { } workspace)
            {
                return ExitCodes.UsageError;
            }

            var clusters = NameSurvey.Clusters(workspace.Corpus, new NameComparer(workspace.Config.Names), out var words, out _);
            totalWords += words;
            all.AddRange(clusters.Select(c => (c, workspace.Root)));
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(stdout, openStdout, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("words", totalWords);
                w.WriteStartArray("clusters");
                foreach (var (cluster, _) in all)
                {
                    w.WriteStartObject();
                    w.WriteStartArray("spellings");
                    foreach (var s in cluster)
                    {
                        w.WriteStartObject();
                        w.WriteString("text", s.Text);
                        w.WriteNumber("count", s.Occurrences.Count);
                        w.WriteStartArray("locations");
                        foreach (var o in s.Occurrences)
                        {
                            var pos = LineMap.Of(o.Text).GetLinePosition(o.Span.Start);
                            w.WriteStartObject();
                            w.WriteString("file", o.Path);
                            w.WriteNumber("line", pos.Line + 1);
                            w.WriteNumber("column", pos.Character + 1);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Clean;
        }

        stdout.WriteLine($"{all.Count} {(all.Count == 1 ? "cluster" : "clusters")} of spellings among {totalWords} distinct capitalised words.");
        foreach (var (cluster, _) in all)
        {
            stdout.WriteLine();
            var width = cluster.Max(s => s.Text.Length);
            foreach (var s in cluster)
            {
                var where = string.Join(", ", s.Occurrences.Take(4).Select(o =>
                {
                    var pos = LineMap.Of(o.Text).GetLinePosition(o.Span.Start);
                    return $"{o.Path}:{pos.Line + 1}:{pos.Character + 1}";
                }));
                var more = s.Occurrences.Count > 4 ? $", +{s.Occurrences.Count - 4} more" : string.Empty;
                stdout.WriteLine($"  {s.Text.PadRight(width)}  ×{s.Occurrences.Count,-3} {where}{more}");
            }
        }

        return ExitCodes.Clean;
    }
}
