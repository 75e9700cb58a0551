using System.IO;
using System.Text;
using FactLint.Diagnostics;

namespace FactLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff
/// (<c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=FL3001 …::message</c>). Paths are
/// relative to the current folder, which in a job is the repository root. Escaping follows the
/// Actions toolkit: in the message %, CR and LF are percent-encoded; in properties also : and ,.
/// </summary>
public static class GithubReporter
{
    public static void Write(TextWriter output, LintReport report)
    {
        foreach (var d in report.Diagnostics)
        {
            var span = d.Location.LineSpan;
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var sb = new StringBuilder(256);
            sb.Append("::").Append(command)
                .Append(" file=").Append(EscapeProperty(report.RepositoryPath(d.Location.Path)))
                .Append(",line=").Append(span.Start.Line + 1)
                .Append(",col=").Append(span.Start.Character + 1)
                .Append(",endLine=").Append(span.End.Line + 1)
                .Append(",endColumn=").Append(span.End.Character + 1)
                .Append(",title=").Append(EscapeProperty(d.Id))
                .Append("::").Append(EscapeData(d.Message + (string.IsNullOrEmpty(d.Descriptor.HelpLinkUri) ? string.Empty : "\nSee " + d.Descriptor.HelpLinkUri)));
            output.WriteLine(sb.ToString());
        }
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
