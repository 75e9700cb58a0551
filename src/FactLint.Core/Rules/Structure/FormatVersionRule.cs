using System.Collections.Immutable;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Rules.Structure;

/// <summary>FL1005 missing-or-unsupported-version: every fact file starts with <c>factlint: 1</c>.</summary>
public sealed class FormatVersionRule : FileRule
{
    public const int SupportedVersion = 1;

    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL1005", "missing-or-unsupported-version", "Missing or unsupported format version", RuleCategories.Structure, Severity.Warning,
        "A fact file must declare the format version it is written in, 'factlint: 1', so that a future format can be told apart.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Safe | FixKinds.Unsafe;

    public override void Analyze(FileAnalysisContext context)
    {
        var doc = context.Document;
        var root = doc.Tree.Root?.Resolve() as YamlMapping;
        if (root != null && root.TryGetEntry("factlint", out var entry))
        {
            var value = entry.Value.Resolve() as YamlScalar;
            if (value is { Type: ScalarType.Integer } && value.TryGetDouble(out var v) && v == SupportedVersion)
            {
                return;
            }

            var shown = value?.Value ?? "a non-scalar value";
            var span = entry.Value.Span;
            var version = SupportedVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // 'factlint:' with no value: the version goes after the colon, with the space YAML needs.
            var edit = span.IsEmpty && span.Start > 0 && doc.Text[span.Start - 1] == ':'
                ? new FileTextEdit(doc.Path, span, " " + version)
                : new FileTextEdit(doc.Path, span, version);
            var fix = new CodeFix($"Set the format version to {SupportedVersion}", FixApplicability.Unsafe, ImmutableArray.Create(edit), "FL1005.set") { IsPreferred = true };
            var message = value is { Type: ScalarType.Integer }
                ? $"Format version {shown} is not supported by this FactLint, which reads version {SupportedVersion}; upgrade FactLint or write the file in version {SupportedVersion}."
                : $"The format version must be the whole number {SupportedVersion}, not '{shown}'; write 'factlint: {SupportedVersion}'.";
            context.Report(span, message, fixes: ImmutableArray.Create(fix));
            return;
        }

        // Missing: point at the first key (or the start of an empty file) and insert the line just
        // before that key, at its column, so an indented root mapping stays one mapping.
        var first = root != null && root.Entries.Count > 0 && !root.IsFlow ? root.Entries[0].Key : null;
        // An editor's text may keep the byte-order mark the CLI drops: the start of the file is after it.
        var fileStart = doc.Text.Length > 0 && doc.Text[0] == '\uFEFF' ? 1 : 0;
        var insertAt = first?.Span.Start ?? fileStart;
        var indent = first == null ? string.Empty : new string(' ', YamlEdits.Column(doc.Text, insertAt));
        var reportSpan = root != null && root.Entries.Count > 0 ? root.Entries[0].Key.Span : new TextSpan(fileStart, 0);
        var newline = YamlEdits.NewLine(doc.Text);
        var insert = new CodeFix($"Add 'factlint: {SupportedVersion}'", root == null || !root.IsFlow ? FixApplicability.Safe : FixApplicability.DisplayOnly,
            ImmutableArray.Create(new FileTextEdit(doc.Path, new TextSpan(insertAt, 0), $"factlint: {SupportedVersion}{newline}{indent}")), "FL1005.add") { IsPreferred = true };
        context.Report(reportSpan, $"This fact file does not declare its format version; add 'factlint: {SupportedVersion}' as its first key.", fixes: ImmutableArray.Create(insert));
    }
}
