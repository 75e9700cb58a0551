using FactLint.Analysis;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Rules.Structure;

/// <summary>
/// FL1001 yaml-syntax: the file is not readable YAML (or not text at all). The parser has
/// already turned each problem into a positioned error; this rule reports them.
/// </summary>
public sealed class YamlSyntaxRule : FileRule
{
    public static readonly DiagnosticDescriptor Definition = EngineDescriptors.YamlSyntax;

    public override DiagnosticDescriptor Descriptor => Definition;

    public override bool RunsOnBrokenFiles => true;

    public override void Analyze(FileAnalysisContext context)
    {
        var doc = context.Document;
        if (doc.DecodeError is { } decode)
        {
            context.Report(decode.Span, decode.Message);
        }

        foreach (var e in doc.Tree.Errors)
        {
            context.Report(e.Span, e.Message);
        }
    }
}
