using System;
using System.CommandLine;
using System.IO;
using FactLint.Cli;
using FactLint.Cli.Commands;
using FactLint.Cli.Output;
using FactLint.Diagnostics;

return FactLintCli.Run(args, Console.Out, Console.Error, Console.OpenStandardOutput);

namespace FactLint.Cli
{
    /// <summary>The command line. Parse errors are usage errors (exit 2), as the spec requires.</summary>
    public static class FactLintCli
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
        {
            var paths = new Argument<string[]>("PATH")
            {
                Arity = ArgumentArity.ZeroOrMore,
                Description = "Files or folders to lint (default: the current folder).",
            };
            var format = new Option<string>("--format")
            {
                Description = "Output format: text (default) or json.",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong("text", "json");
            var failOn = new Option<string>("--fail-on")
            {
                Description = "Exit with 1 when a finding at or above this severity is reported: error (default), warning or info.",
                DefaultValueFactory = _ => "error",
            };
            failOn.AcceptOnlyFromAmong("error", "warning", "info");
            var color = new Option<string>("--color")
            {
                Description = "Colour the text output: auto (default: on a terminal, unless NO_COLOR is set), always or never.",
                DefaultValueFactory = _ => "auto",
            };
            color.AcceptOnlyFromAmong("auto", "always", "never");

            var timings = new Option<bool>("--timings")
            {
                Description = "After the report, print to stderr the time spent loading, analysing and reporting, and in each rule.",
            };

            var lint = new Command("lint", "Lint the fact files under each PATH and report what is wrong.") { paths, format, failOn, color, timings };
            lint.SetAction(parse =>
            {
                var level = SeverityNames.TryParse(parse.GetValue(failOn), out var parsed) ? parsed : Severity.Error;
                var options = new LintOptions(
                    parse.GetValue(paths) ?? Array.Empty<string>(),
                    parse.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text,
                    level ?? Severity.Error,
                    parse.GetValue(color) switch { "always" => true, "never" => false, _ => null },
                    parse.GetValue(timings));
                return LintCommand.Run(options, stdout, stderr, openStdout);
            });

            var root = new RootCommand("FactLint: lint fact files, the YAML records of what sources say.") { lint, NamesCommand.Create(stdout, stderr, openStdout) };
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine($"factlint: error: {error.Message}");
                }

                stderr.WriteLine("Run 'factlint --help' for usage.");
                return ExitCodes.UsageError;
            }

            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
    }
}
