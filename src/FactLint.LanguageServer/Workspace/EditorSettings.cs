using System;
using System.Collections.Generic;
using System.Text.Json;
using FactLint.Config;
using FactLint.Diagnostics;

namespace FactLint.LanguageServer.Workspace;

/// <summary>
/// The editor's <c>factlint.*</c> settings. Severity overrides and the name threshold are laid
/// over factlint.yaml, so a writer can quieten a rule locally without editing the shared config;
/// with no settings the editor reports exactly what the CLI reports.
/// </summary>
public sealed record EditorSettings(
    IReadOnlyDictionary<string, Severity?> Severities,
    double? NameThreshold,
    bool CodeLens,
    DiagnosticsScope Scope,
    int DebounceMilliseconds)
{
    /// <summary>The client has FactLint's claim group view (the VS Code extension says so): code lenses then open it; other editors get lenses that only inform.</summary>
    public bool ClaimGroupView { get; init; }

    public static EditorSettings Default { get; } = new(new Dictionary<string, Severity?>(), null, false, DiagnosticsScope.Workspace, 150);

    public FactLintConfig Apply(FactLintConfig config)
    {
        if (Severities.Count == 0 && NameThreshold == null)
        {
            return config;
        }

        var severities = new Dictionary<string, Severity?>(config.RuleSeverities, StringComparer.Ordinal);
        foreach (var pair in Severities)
        {
            severities[pair.Key] = pair.Value;
        }

        return config with
        {
            RuleSeverities = severities,
            Names = NameThreshold is double t ? config.Names with { Threshold = t } : config.Names,
        };
    }

    /// <summary>Reads <c>{ "factlint": { ... } }</c> or the inner object; anything unreadable keeps its default.</summary>
    public static EditorSettings Read(JsonElement? settings)
    {
        if (settings is not JsonElement root || root.ValueKind != JsonValueKind.Object)
        {
            return Default;
        }

        if (root.TryGetProperty("factlint", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            root = inner;
        }

        var severities = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (root.TryGetProperty("severity", out var sev) && sev.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in sev.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String && SeverityNames.TryParse(p.Value.GetString()!, out var s))
                {
                    severities[p.Name] = s;
                }
            }
        }

        double? threshold = root.TryGetProperty("names", out var names) && names.ValueKind == JsonValueKind.Object
            && names.TryGetProperty("threshold", out var t) && t.ValueKind == JsonValueKind.Number && t.GetDouble() is > 0 and <= 1 and var tv ? tv : null;
        var codeLens = root.TryGetProperty("codeLens", out var cl) && cl.ValueKind == JsonValueKind.True;
        var scope = root.TryGetProperty("diagnostics", out var d) && d.ValueKind == JsonValueKind.Object
            && d.TryGetProperty("scope", out var sc) && sc.ValueKind == JsonValueKind.String && sc.GetString() == "openFiles"
            ? DiagnosticsScope.OpenFiles : DiagnosticsScope.Workspace;
        var debounce = root.TryGetProperty("debounceMs", out var db) && db.ValueKind == JsonValueKind.Number && db.TryGetInt32(out var ms) && ms is >= 0 and <= 5000 ? ms : Default.DebounceMilliseconds;
        return new EditorSettings(severities, threshold, codeLens, scope, debounce)
        {
            ClaimGroupView = root.TryGetProperty("claimGroupView", out var view) && view.ValueKind == JsonValueKind.True,
        };
    }
}

/// <summary>Which files get diagnostics pushed: every fact file of the workspace, or only those open in the editor.</summary>
public enum DiagnosticsScope
{
    Workspace,
    OpenFiles,
}
