using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Analysis;
using FactLint.Model;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;
using FactLint.Diagnostics;
using FactLint.Schema;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Structure;

/// <summary>
/// FL1002 schema-violation: the file does not have the shape of a fact file
/// (<c>schemas/factfile.schema.json</c>) or of a schema configured in factlint.yaml.
/// </summary>
public sealed class SchemaViolationRule : FileRule
{
    public static readonly DiagnosticDescriptor Definition = EngineDescriptors.SchemaViolation;

    public override DiagnosticDescriptor Descriptor => Definition;

    private static readonly Regex PartialDateShape = new(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant);

    private static readonly Regex DateLike = new(@"^\d{4}-\d{1,2}(-\d{1,2})?$", RegexOptions.CultureInvariant);

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public override void Analyze(FileAnalysisContext context)
    {
        var root = context.Document.Tree.Root;
        if (root == null)
        {
            // An empty file has no shape to check; FL1005 tells the writer what it lacks.
            return;
        }

        var dateErrors = new HashSet<TextSpan>();
        foreach (var error in BuiltInSchemas.FactFile.Validate(root))
        {
            // A date the schema refuses is named, with what is wrong with it.
            if (DateProblem(context.Document.Text, error.Span) is string problem)
            {
                dateErrors.Add(error.Span);
                context.Report(error.Span, problem);
                continue;
            }

            context.Report(error.Span, error.Message);
        }

        // The schema checks a date's form; the calendar is checked here (2019-02-30 has the form).
        foreach (var node in DateNodes(context.Document))
        {
            if (!dateErrors.Contains(node.Span) && node.IsString && PartialDateShape.IsMatch(node.Value) && !PartialDate.TryParse(node.Value, out _))
            {
                context.Report(node.Span, Explain(node.Value));
            }
        }

        foreach (var extra in context.Config.Schemas)
        {
            foreach (var error in extra.Schema.Validate(root))
            {
                context.Report(error.Span, $"{error.Message} (schema {extra.Path})");
            }
        }
    }

    /// <summary>Where the model holds dates: sources' published, events' date (or from/to), claims' as_of.</summary>
    private static IEnumerable<YamlScalar> DateNodes(FactLint.Corpus.FactDocument document)
    {
        var model = document.Model;
        foreach (var s in model.Sources)
        {
            if (s.Published is { } p)
            {
                yield return p;
            }
        }

        foreach (var e in model.Entities)
        {
            switch (e.Node.Get("date")?.Resolve())
            {
                case YamlScalar d:
                    yield return d;
                    break;
                case YamlMapping range:
                    foreach (var key in new[] { "from", "to" })
                    {
                        if (range.Get(key)?.Resolve() is YamlScalar end)
                        {
                            yield return end;
                        }
                    }

                    break;
            }
        }

        foreach (var c in model.Claims)
        {
            if (c.AsOf is { } asOf)
            {
                yield return asOf;
            }
        }
    }

    private static string? DateProblem(SourceText text, TextSpan span)
    {
        if (span.End > text.Length || span.Length > 40)
        {
            return null;
        }

        var value = text.ToString(span).Trim('"', '\'');
        return DateLike.IsMatch(value) ? Explain(value) : null;
    }

    /// <summary>"'2019-13-45' is not a date: there is no month 13. Write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-19)."</summary>
    private static string Explain(string value)
    {
        var parts = value.Split('-');
        var why = "write it as YYYY, YYYY-MM or YYYY-MM-DD, with two-digit months and days";
        if (parts.Length >= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            if (month < 1 || month > 12)
            {
                why = $"there is no month {month}";
            }
            else if (parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && (day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month)))
            {
                why = $"{MonthNames[month - 1]} {year} has {DateTime.DaysInMonth(Math.Max(1, year), month)} days";
            }
        }

        return $"'{value}' is not a date: {why}. A date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-19).";
    }
}
