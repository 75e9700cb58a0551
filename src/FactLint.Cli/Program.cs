using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using FactLint.Cli;
using FactLint.Cli.Commands;
using FactLint.Cli.Output;
using FactLint.Diagnostics;

return FactLintCli.Run(args, Console.Out, Console.Error, Console.OpenStandardOutput, ownsProcess: true);

namespace FactLint.Cli
{
    /// <summary>The command line. Parse errors are usage errors (exit 2), as the spec requires.</summary>
    public static class FactLintCli
    {
        /// <param name="ownsProcess">The command is the whole process (the executable's entry), not a call from a host such as a test.</param>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, bool ownsProcess = false)
        {
            var paths = new Argument<string[]>("PATH")
            {
                Arity = ArgumentArity.ZeroOrMore,
                Description = "Files or folders to lint (default: the current folder).",
            };
            var format = new Option<string>("--format")
            {
                Description = "Output format on stdout: text (default), json, sarif, github (workflow annotations) or junit.",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong(OutputFormats.Names);
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
            var output = new Option<string[]>("--output", "-o")
            {
                Description = "Also write the report to a file, as FORMAT:FILE (sarif:factlint.sarif) or FILE with a telling extension (.sarif, .json, .xml for junit, .txt). Repeatable.",
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
            };
            var baselineFile = new Option<string>("--baseline")
            {
                Description = "Report only findings that are not in this baseline file (written by 'factlint baseline').",
            };
            var progress = new Option<string>("--progress")
            {
                Description = "Show a progress bar on stderr: auto (default: on a terminal, not in CI), always or never.",
                DefaultValueFactory = _ => "auto",
            };
            progress.AcceptOnlyFromAmong("auto", "always", "never");

            var noCache = new Option<bool>("--no-cache")
            {
                Description = $"Check every file afresh: do not read or write the per-file results in {Caching.LintCache.FolderName}/ at the workspace root.",
            };

            var lint = new Command("lint", "Lint the fact files under each PATH and report what is wrong.") { paths, format, failOn, color, timings, output, baselineFile, progress, noCache };
            lint.SetAction(parse =>
            {
                var outputs = new List<OutputTarget>();
                foreach (var value in parse.GetValue(output) ?? Array.Empty<string>())
                {
                    var target = OutputTarget.Parse(value, out var error);
                    if (target == null)
                    {
                        stderr.WriteLine($"factlint: error: {error}");
                        return ExitCodes.UsageError;
                    }

                    outputs.Add(target);
                }

                var level = SeverityNames.TryParse(parse.GetValue(failOn), out var parsed) ? parsed : Severity.Error;
                var options = new LintOptions(
                    parse.GetValue(paths) ?? Array.Empty<string>(),
                    OutputFormats.Parse(parse.GetValue(format)),
                    level ?? Severity.Error,
                    Tristate(parse.GetValue(color)),
                    parse.GetValue(timings))
                {
                    Outputs = outputs,
                    BaselinePath = parse.GetValue(baselineFile),
                    Progress = Tristate(parse.GetValue(progress)),
                    NoCache = parse.GetValue(noCache),
                    OwnsProcess = ownsProcess,
                };
                return LintCommand.Run(options, stdout, stderr, openStdout);
            });

            var fixPaths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders to fix (default: the current folder)." };
            var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "Also apply fixes that may change meaning (a spelling taken from another entity, a closest id)." };
            var diff = new Option<bool>("--diff") { Description = "Print a unified diff of the changes instead of writing them; exit 1 if there are any." };
            var select = new Option<string[]>("--select")
            {
                Description = "Apply only these rules' fixes (FL4001) or these fixes by key (FL4001.add-alias, FL1004.source-stub); a fix that is not a finding's preferred one, or writes a placeholder, is applied only when named here.",
                AllowMultipleArgumentsPerToken = true,
            };
            var fix = new Command("fix", "Apply the fixes of the findings under each PATH and print what changed.") { fixPaths, unsafeFixes, diff, select };
            fix.SetAction(parse => FixCommand.Run(parse.GetValue(fixPaths) ?? Array.Empty<string>(), parse.GetValue(unsafeFixes), parse.GetValue(diff), stdout, stderr, parse.GetValue(select)));

            var baselinePaths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders to lint (default: the current folder)." };
            var baselineOutput = new Option<string>("--output", "-o") { Description = $"Where to write the baseline (default: {Baselines.Baseline.DefaultFileName} at the workspace root)." };
            var baseline = new Command("baseline", "Record the current findings, so that 'lint --baseline FILE' reports only new ones.") { baselinePaths, baselineOutput };
            baseline.SetAction(parse => BaselineCommand.Run(parse.GetValue(baselinePaths) ?? Array.Empty<string>(), parse.GetValue(baselineOutput), stdout, stderr));

            var reportPath = new Argument<string>("PATH") { Arity = ArgumentArity.ZeroOrOne, Description = "A file or folder in the workspace to report on (default: the current folder)." };
            var reportOutput = new Option<string>("--output", "-o") { Description = $"Where to write the HTML report (default: {ReportCommand.DefaultFileName} at the workspace root)." };
            var report = new Command("report", "Write an HTML report: claim groups drawn on one axis, names and their spellings, sources relaying sources, every finding.") { reportPath, reportOutput };
            report.SetAction(parse => ReportCommand.Run(parse.GetValue(reportPath), parse.GetValue(reportOutput), stdout, stderr));

            var rulesFormat = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
            rulesFormat.AcceptOnlyFromAmong("text", "json");
            var rules = new Command("rules", "List every rule: id, name, default severity, whether it has fixes.") { rulesFormat };
            rules.SetAction(parse => RulesCommand.List(OutputFormats.Parse(parse.GetValue(rulesFormat)), stdout, openStdout));

            var ruleId = new Argument<string>("RULE") { Description = "A rule id, such as FL3001." };
            var explainColor = new Option<string>("--color") { Description = "auto (default), always or never.", DefaultValueFactory = _ => "auto" };
            explainColor.AcceptOnlyFromAmong("auto", "always", "never");
            var explain = new Command("explain", "Show a rule's documentation: what it checks, why, an example, the fix and how to suppress it.") { ruleId, explainColor };
            explain.SetAction(parse => RulesCommand.Explain(parse.GetValue(ruleId) ?? string.Empty, Tristate(parse.GetValue(explainColor)), stdout, stderr));

            var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over stdin/stdout (the default and only transport; accepted because clients pass it)." };
            var lsp = new Command("lsp", "Run the FactLint language server on stdin/stdout, for editors.") { stdio };
            lsp.SetAction(_ => LspCommand.Run(stderr));

            var root = new RootCommand("FactLint: lint fact files, the YAML records of what sources say.") { lint, fix, baseline, report, rules, explain, NamesCommand.Create(stdout, stderr, openStdout), lsp };
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

            try
            {
                return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            }
#pragma warning disable CA1031 // The last line of defence: any crash is exit 3 with a message, never a stack trace read as "findings".
            catch (Exception ex)
#pragma warning restore CA1031
            {
                stderr.WriteLine($"factlint: internal error: {ex.GetType().Name}: {ex.Message}");
                stderr.WriteLine("This is a bug in FactLint, not a problem in your files; please report it with the command you ran. (exit code 3)");
                return ExitCodes.InternalError;
            }
        }

        private static bool? Tristate(string? value) => value switch { "always" => true, "never" => false, _ => null };
    }
}
