using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FactLint.Analysis;
using FactLint.Cli.Output;
using FactLint.Diagnostics;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint rules</c> lists every rule; <c>factlint explain FLnnnn</c> shows its page (docs/rules/FLnnnn.md, built into the tool).</summary>
public static class RulesCommand
{
    public static int List(OutputFormat format, TextWriter stdout, Func<Stream> openStdout)
    {
        var rules = RuleCatalog.Default.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(stdout, openStdout, w =>
            {
                w.WriteStartArray();
                foreach (var r in rules)
                {
                    w.WriteStartObject();
                    w.WriteString("id", r.Id);
                    w.WriteString("name", r.Name);
                    w.WriteString("title", r.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteString("category", r.Descriptor.Category);
                    w.WriteString("defaultSeverity", Diagnostic.DefaultSeverity(r.Descriptor).ToName());
                    w.WriteBoolean("fixable", r.IsFixable);
                    w.WriteString("fix", r.FixKinds.Describe());
                    w.WriteString("helpUri", r.Descriptor.HelpLinkUri);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return ExitCodes.Clean;
        }

        var nameWidth = rules.Max(r => r.Name.Length);
        stdout.WriteLine($"{"id",-7} {"name".PadRight(nameWidth)} {"default",-8} {"fix",-14} title");
        foreach (var r in rules)
        {
            stdout.WriteLine($"{r.Id,-7} {r.Name.PadRight(nameWidth)} {Diagnostic.DefaultSeverity(r.Descriptor).ToName(),-8} {(r.FixKinds == FixKinds.None ? "-" : r.FixKinds.Describe()),-14} {r.Descriptor.Title}");
        }

        stdout.WriteLine();
        stdout.WriteLine("Run 'factlint explain FLnnnn' for a rule's page.");
        return ExitCodes.Clean;
    }

    public static int Explain(string id, bool? color, TextWriter stdout, TextWriter stderr)
    {
        var rule = RuleCatalog.Default.Find(id.Trim());
        if (rule == null)
        {
            stderr.WriteLine($"factlint: error: there is no rule '{id}'. Run 'factlint rules' for the list.");
            return ExitCodes.UsageError;
        }

        var page = Page(rule.Id);
        if (page == null)
        {
            stderr.WriteLine($"factlint: error: {rule.Id} has no page in this build; see {rule.Descriptor.HelpLinkUri}");
            return ExitCodes.UsageError;
        }

        MarkdownTerminal.Write(stdout, page, new Ansi(color ?? Ansi.ByDefault()));
        stdout.WriteLine();
        stdout.WriteLine($"Online: {rule.Descriptor.HelpLinkUri}");
        return ExitCodes.Clean;
    }

    /// <summary>The rule's Markdown page, embedded from docs/rules at build time.</summary>
    public static string? Page(string id)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"rules/{id}.md");
        if (stream == null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
