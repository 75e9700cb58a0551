using System;
using System.CommandLine;
using System.IO;
using FactLint.Cli.Output;
using FactLint.Names;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint names</c>: the corpus's clusters of spellings, one decision explained, or a file of pairs decided.</summary>
public static class NamesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files or folders whose names to cluster (default: the current folder).",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (default) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var compare = new Option<string[]>("--compare")
        {
            Description = "Explain the decision on two names: --compare \"Gulmurod Khalimov\" \"Gulmurod Halimov\".",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var pairs = new Option<string>("--pairs")
        {
            Description = "Decide each name_a<TAB>name_b[<TAB>same[<TAB>group]] row of a file; with labels, print precision, recall and F1.",
        };

        var list = new Option<string>("--list")
        {
            Description = "Cluster the names of a file, one per line, instead of a corpus.",
        };

        var command = new Command("names", "Review the spellings of names: clusters in a corpus, one comparison explained, or a labelled file of pairs scored.") { paths, format, compare, pairs, list };
        command.SetAction(parse =>
        {
            var outputFormat = parse.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text;
            var comparer = NameComparer.Default;
            if (parse.GetValue(compare) is { Length: 2 } names)
            {
                return NamesCompareCommand.Run(names[0], names[1], outputFormat, comparer, stdout, openStdout);
            }

            if (parse.GetValue(pairs) is string file)
            {
                return NamesPairsCommand.Run(file, outputFormat, comparer, stdout, stderr, openStdout);
            }

            if (parse.GetValue(list) is string listFile)
            {
                return NamesListCommand.Run(listFile, outputFormat, comparer, stdout, stderr, openStdout);
            }

            return NamesClusterCommand.Run(parse.GetValue(paths) ?? Array.Empty<string>(), outputFormat, stdout, stderr, openStdout);
        });
        return command;
    }
}
