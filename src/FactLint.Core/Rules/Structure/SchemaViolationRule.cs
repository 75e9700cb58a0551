using FactLint.Analysis;
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

    public override void Analyze(FileAnalysisContext context)
    {
        var root = context.Document.Tree.Root;
        if (root == null)
        {
            // An empty file has no shape to check; FL1005 tells the writer what it lacks.
            return;
        }

        foreach (var error in BuiltInSchemas.FactFile.Validate(root))
        {
            context.Report(error.Span, error.Message);
        }

        foreach (var extra in context.Config.Schemas)
        {
            foreach (var error in extra.Schema.Validate(root))
            {
                context.Report(error.Span, $"{error.Message} (schema {extra.Path})");
            }
        }
    }
}
