using FactLint.Corpus;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Config;

/// <summary>Minimal edits of factlint.yaml that keep its comments and layout: set one rule's severity.</summary>
public static class ConfigEdits
{
    /// <summary>The text of a new factlint.yaml that sets one severity.</summary>
    public static string NewFileWithSeverity(string ruleId, string severity) => $"rules:\n  {ruleId}: {severity}\n";

    /// <summary>Sets <c>rules: {ruleId}: severity</c> in an existing config: replaces the value, adds the entry to <c>rules</c>, or adds <c>rules</c>.</summary>
    public static FileTextEdit SetSeverity(SourceText config, string ruleId, string severity)
    {
        var document = FactDocument.FromText(ConfigLoader.FileName, config);
        var root = document.Tree.Root?.Resolve() as YamlMapping;
        if (root == null)
        {
            return YamlEdits.AppendToFile(document, NewFileWithSeverity(ruleId, severity));
        }

        if (root.TryGetEntry("rules", out var entry))
        {
            if (entry.Value.Resolve() is YamlMapping rules)
            {
                return YamlEdits.SetKey(document, rules, ruleId, severity);
            }

            // "rules:" with nothing after it: give it a value of its own.
            return new FileTextEdit(document.Path, TextSpan.FromBounds(entry.Key.Span.End, entry.Value.Span.End), ": {" + ruleId + ": " + severity + "}");
        }

        var nl = YamlEdits.NewLine(config);
        var indent = root.IsFlow ? string.Empty : new string(' ', YamlEdits.Column(config, root.Entries.Count > 0 ? root.Entries[0].Key.Span.Start : 0) + 2);
        return root.IsFlow
            ? YamlEdits.AddEntry(document, root, "rules: {" + ruleId + ": " + severity + "}")
            : YamlEdits.AddEntry(document, root, "rules:" + nl + indent + ruleId + ": " + severity);
    }
}
