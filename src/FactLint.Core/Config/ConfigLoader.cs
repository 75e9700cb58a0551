using System;
using System.Collections.Generic;
using System.Linq;
using FactLint.Diagnostics;
using FactLint.FileSystem;
using FactLint.Schema;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Config;

/// <summary>
/// Reads <c>factlint.yaml</c>. Problems in it are diagnostics on the config file itself (FL1001 for
/// syntax, FL1002 for shape), never exceptions: a broken config falls back to the defaults for the
/// parts that are broken, and says so.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "factlint.yaml";

    /// <param name="text">The config file's text.</param>
    /// <param name="readWorkspaceFile">Reads a file by workspace-relative path; null when it does not exist or escapes the workspace.</param>
    /// <param name="knownRuleIds">Rule ids that may appear under <c>rules</c>.</param>
    /// <param name="missingFileAdvice">Said after "not found" for a configured schema, where the host has a reason of its own (the build reads only its additional files).</param>
    public static ConfigLoadResult Load(SourceText text, Func<string, string?> readWorkspaceFile, IReadOnlyCollection<string> knownRuleIds, string? missingFileAdvice = null) =>
        Load(text, p => readWorkspaceFile(p) is string t ? FileContent.Read(System.Text.Encoding.UTF8.GetBytes(t)) : FileContent.Missing(), knownRuleIds, missingFileAdvice);

    /// <param name="readWorkspaceFile">Reads a file by workspace-relative path, saying why when it cannot (a pipe, a link out of the workspace).</param>
    public static ConfigLoadResult Load(SourceText text, Func<string, FileContent> readWorkspaceFile, IReadOnlyCollection<string> knownRuleIds, string? missingFileAdvice = null)
    {
        var diagnostics = new List<Diagnostic>();
        var tree = YamlParser.Parse(text);
        foreach (var e in tree.Errors)
        {
            diagnostics.Add(Make(EngineDescriptors.YamlSyntax, text, e.Span, e.Message));
        }

        if (!tree.IsComplete || tree.Root == null)
        {
            return new ConfigLoadResult(FactLintConfig.Default, diagnostics);
        }

        foreach (var error in BuiltInSchemas.Config.Validate(tree.Root))
        {
            diagnostics.Add(Make(EngineDescriptors.SchemaViolation, text, error.Span, error.Message));
        }

        if (tree.Root.Resolve() is not YamlMapping root)
        {
            return new ConfigLoadResult(FactLintConfig.Default, diagnostics);
        }

        var severities = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (root.GetMapping("rules") is YamlMapping rules)
        {
            foreach (var entry in rules.Entries)
            {
                var id = entry.KeyText ?? string.Empty;
                if (!knownRuleIds.Contains(id))
                {
                    var suggestion = FactLint.Text.Spelling.ClosestMatch(id, knownRuleIds);
                    var hint = suggestion != null ? $" Did you mean {suggestion}?" : " Run 'factlint rules' for the list.";
                    diagnostics.Add(Make(EngineDescriptors.SchemaViolation, text, entry.Key.Span, $"'{id}' is not a FactLint rule id.{hint}"));
                    continue;
                }

                if (entry.Value.Resolve() is YamlScalar s && SeverityNames.TryParse(s.Value, out var sev))
                {
                    severities[id] = sev;
                }
            }
        }

        var tolerance = root.GetMapping("figures")?.GetScalar("approx_tolerance") is YamlScalar t && t.TryGetDouble(out var tv) && tv >= 0 && tv < 1 ? tv : 0.1;

        var assertFormats = root.GetScalar("schema_format") is YamlScalar { Value: "assert" };
        var schemas = new List<ConfiguredSchema>();
        if (root.GetSequence("schemas") is YamlSequence schemaList)
        {
            foreach (var item in schemaList.Items)
            {
                if (item.Resolve() is not YamlScalar { IsString: true } pathNode)
                {
                    continue;
                }

                var schemaFile = readWorkspaceFile(pathNode.Value);
                if (schemaFile.Problem != null)
                {
                    diagnostics.Add(Make(EngineDescriptors.SchemaViolation, text, pathNode.Span, $"The schema '{pathNode.Value}' was not read: {schemaFile.Problem}."));
                    continue;
                }

                if (schemaFile.Bytes == null)
                {
                    diagnostics.Add(Make(EngineDescriptors.SchemaViolation, text, pathNode.Span, $"The schema '{pathNode.Value}' was not found inside the workspace; check the path (it is relative to factlint.yaml).{(missingFileAdvice == null ? string.Empty : " " + missingFileAdvice)}"));
                    continue;
                }

                try
                {
                    var schemaText = new System.Text.UTF8Encoding(false).GetString(schemaFile.Bytes).TrimStart('\uFEFF');
                    schemas.Add(new ConfiguredSchema(pathNode.Value, WorkspaceSchemas.Load(schemaText, assertFormats)));
                }
                catch (Exception ex) when (ex is SchemaLoadException or SchemaNotSupportedException)
                {
                    diagnostics.Add(Make(EngineDescriptors.SchemaViolation, text, pathNode.Span, $"The schema '{pathNode.Value}' cannot be used: {ex.Message}"));
                }
#pragma warning disable CA1031 // Any failure of a user's schema, of any shape, is a finding at its line in the config, never a crash.
                catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
                {
                    diagnostics.Add(Make(EngineDescriptors.SchemaViolation, text, pathNode.Span, $"The schema '{pathNode.Value}' cannot be used: it is malformed ({ex.Message})."));
                }
            }
        }

        var config = new FactLintConfig
        {
            Names = NameSettingsOf(root.GetMapping("names")),
            Include = Strings(root, "include") ?? FactLintConfig.DefaultInclude,
            Exclude = Strings(root, "exclude") ?? (IReadOnlyList<string>)Array.Empty<string>(),
            RuleSeverities = severities,
            ApproxTolerance = tolerance,
            Schemas = schemas,
        };
        return new ConfigLoadResult(config, diagnostics);
    }

    private static FactLint.Names.NameSettings NameSettingsOf(YamlMapping? names)
    {
        if (names == null)
        {
            return FactLint.Names.NameSettings.Default;
        }

        var settings = FactLint.Names.NameSettings.Default;
        if (names.GetScalar("threshold") is YamlScalar t && t.TryGetDouble(out var threshold) && threshold > 0 && threshold <= 1)
        {
            settings = settings with { Threshold = threshold };
        }

        if (names.GetSequence("equivalences") is YamlSequence pairs)
        {
            var list = new List<FactLint.Names.NameEquivalence>();
            foreach (var item in pairs.Items)
            {
                if (item.Resolve() is YamlSequence { Items.Count: 2 } pair
                    && pair.Items[0].Resolve() is YamlScalar { IsString: true } a
                    && pair.Items[1].Resolve() is YamlScalar { IsString: true } b)
                {
                    list.Add(new FactLint.Names.NameEquivalence(a.Value, b.Value));
                }
            }

            settings = settings with { Equivalences = list };
        }

        if (Strings(names, "ignore") is string[] ignore)
        {
            settings = settings with { Ignore = ignore };
        }

        return settings;
    }

    private static string[]? Strings(YamlMapping root, string key) =>
        root.GetSequence(key) is YamlSequence seq
            ? seq.Items.Select(i => i.Resolve()).OfType<YamlScalar>().Where(s => s.IsString).Select(s => s.Value).ToArray()
            : null;

    private static Diagnostic Make(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceText text, TextSpan span, string message) =>
        Diagnostic.Create(descriptor, new SourceLocation(FileName, text, span), message);
}

public sealed record ConfigLoadResult(FactLintConfig Config, IReadOnlyList<Diagnostic> Diagnostics);
