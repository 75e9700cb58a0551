using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Analysis;
using FactLint.Cli.Output;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Cli.Tests;

/// <summary>A long JSON report is written in chunks on several threads; it must be the very bytes one writer writes.</summary>
public sealed class JsonReporterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_999)]
    [InlineData(2_000)]
    [InlineData(2_001)]
    [InlineData(9_999)]
    [InlineData(23_456)]
    public void A_report_written_in_chunks_is_byte_for_byte_the_report_one_writer_writes(int count)
    {
        var report = Report(count);
        using var chunked = new MemoryStream();
        JsonReporter.Write(chunked, report);
        using var single = new MemoryStream();
        JsonReporter.WriteSequential(single, report);
        Assert.Equal(single.ToArray(), chunked.ToArray());

        using var doc = JsonDocument.Parse(chunked.ToArray());
        Assert.Equal(count, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(count, doc.RootElement.GetProperty("summary").GetProperty("warning").GetInt32() + doc.RootElement.GetProperty("summary").GetProperty("error").GetInt32());
    }

    private static LintReport Report(int count)
    {
        var rules = RuleCatalog.Default.Rules.Select(r => r.Descriptor).ToArray();
        var text = SourceText.From(string.Concat(Enumerable.Range(0, 400).Select(i => $"line {i}: \u00E9t\u00E9 \"quoted\" \\ back\n")));
        var other = SourceText.From("a\r\nb\r\nc\r\n");
        var texts = new Dictionary<string, SourceText> { ["a.facts.yaml"] = text, ["b.facts.yaml"] = other };
        var random = new Random(count);
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < count; i++)
        {
            var start = random.Next(text.Length - 20);
            var location = new SourceLocation("a.facts.yaml", text, new TextSpan(start, random.Next(20)));
            var related = Enumerable.Range(0, random.Next(4)).Select(k => new RelatedLocation(new SourceLocation("b.facts.yaml", other, new TextSpan(k, 1)), $"related {k} \u2014 \"{i}\"")).ToImmutableArray();
            var fixes = Enumerable.Range(0, random.Next(3)).Select(k => new CodeFix($"Fix {k} of {i} <&>", k == 0 ? FixApplicability.Safe : FixApplicability.Unsafe, ImmutableArray.Create(new FileTextEdit(k == 0 ? "a.facts.yaml" : "b.facts.yaml", new TextSpan(0, 1), "new\n\ttext \U0001F600")), "FLX.key") { IsPreferred = k == 1 }).ToImmutableArray();
            var d = Diagnostic.Create(rules[i % rules.Length], location, $"finding {i}: 'Khalimov' \u2260 'Halimov' \u0000 \u001F", related, fixes);
            diagnostics.Add(i % 7 == 0 ? d.WithSeverity(Severity.Error) : d.WithSeverity(Severity.Warning));
        }

        return new LintReport(diagnostics, 2, p => texts.TryGetValue(p, out var t) ? t : null);
    }
}
