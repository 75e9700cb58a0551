using Microsoft.CodeAnalysis;

namespace FactLint.Diagnostics;

/// <summary>
/// The descriptors the engine itself reports with, below the rules: FL1001 and FL1002 from
/// reading factlint.yaml, FL0001 when a rule fails, FL9001 from suppression comments. Config and
/// Analysis use them without depending on the rules, whose classes expose the same objects.
/// </summary>
public static class EngineDescriptors
{
    public static readonly DiagnosticDescriptor InternalError = RuleDescriptors.Create(
        "FL0001", "internal-error", "A FactLint rule failed", RuleCategories.Structure, Severity.Error,
        "A rule threw an exception on a file. The other rules still ran; this rule's findings for the file are missing.");

    public static readonly DiagnosticDescriptor YamlSyntax = RuleDescriptors.Create(
        "FL1001", "yaml-syntax", "YAML syntax error", RuleCategories.Structure, Severity.Error,
        "The file cannot be read as one YAML document: a syntax error, a tab in the indentation, a duplicate key, invalid UTF-8, binary content, excessive nesting or an alias bomb.");

    public static readonly DiagnosticDescriptor SchemaViolation = RuleDescriptors.Create(
        "FL1002", "schema-violation", "Fact file does not match the schema", RuleCategories.Structure, Severity.Error,
        "A key is unknown or misspelled, a required key is missing, or a value has the wrong type or form, according to the built-in fact-file schema or a schema listed under 'schemas' in factlint.yaml.");

    public static readonly DiagnosticDescriptor UnusedSuppression = RuleDescriptors.Create(
        "FL9001", "unused-suppression", "Unused suppression comment", RuleCategories.Suppressions, Severity.Info,
        "A factlint-disable comment names a rule that reports nothing where the comment applies, names an unknown rule, or names none.");
}
