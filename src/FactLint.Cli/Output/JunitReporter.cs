using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using FactLint.Diagnostics;

namespace FactLint.Cli.Output;

/// <summary>
/// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one test
/// suite per file with findings, one failing test case per finding at or above the fail level
/// (below it, the case passes with the finding in system-out), and one passing suite for the
/// clean files so that the totals add up.
/// </summary>
public static class JunitReporter
{
    public static void Write(Stream output, LintReport report, Severity failOn)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var w = XmlWriter.Create(output, settings);
        var failures = report.Diagnostics.Count(d => d.Severity >= failOn);
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", "factlint");
        // Every testcase is counted, the "files without findings" one too; paths are relative to the
        // current folder, as in SARIF and GitHub annotations (one base for every format).
        var clean = report.FileCount - report.Diagnostics.Select(d => d.Location.Path).Distinct().Count();
        w.WriteAttributeString("tests", Inv(report.Diagnostics.Count + (clean > 0 ? 1 : 0)));
        w.WriteAttributeString("failures", Inv(failures));
        foreach (var file in report.Diagnostics.GroupBy(d => report.RepositoryPath(d.Location.Path)).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", file.Key);
            w.WriteAttributeString("tests", Inv(file.Count()));
            w.WriteAttributeString("failures", Inv(file.Count(d => d.Severity >= failOn)));
            w.WriteAttributeString("errors", "0");
            foreach (var d in file)
            {
                var pos = d.Location.LineSpan.Start;
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", file.Key);
                w.WriteAttributeString("name", $"{d.Id} at line {pos.Line + 1}, column {pos.Character + 1}");
                w.WriteAttributeString("file", file.Key);
                w.WriteAttributeString("line", Inv(pos.Line + 1));
                var body = $"{file.Key}:{pos.Line + 1}:{pos.Character + 1}: {d.Severity.ToName()} {d.Id}: {d.Message}\n{d.Descriptor.HelpLinkUri}";
                if (d.Severity >= failOn)
                {
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("type", d.Id);
                    w.WriteAttributeString("message", Clean(d.Message));
                    w.WriteString(Clean(body));
                    w.WriteEndElement();
                }
                else
                {
                    w.WriteElementString("system-out", Clean(body));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", "files without findings");
        w.WriteAttributeString("tests", Inv(clean > 0 ? 1 : 0));
        w.WriteAttributeString("failures", "0");
        w.WriteAttributeString("errors", "0");
        if (clean > 0)
        {
            w.WriteStartElement("testcase");
            w.WriteAttributeString("classname", "factlint");
            w.WriteAttributeString("name", $"{clean} files without findings");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Inv(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot carry most control characters, even escaped: a message quoting a broken file must not break the report.</summary>
    private static string Clean(string s) =>
        new(s.Select(c => c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) ? c : '\uFFFD').ToArray());
}
