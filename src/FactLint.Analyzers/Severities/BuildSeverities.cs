using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactLint.Analysis;
using FactLint.Config;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Severities;

/// <summary>
/// Decides the severity a finding is reported with, and whether it is reported at all. From the
/// weakest to the strongest say:
/// the rule's default; <c>factlint.yaml</c> (shared with the CLI and the editor); an
/// <c>.editorconfig</c> section matching the fact file (read here); then, applied by the compiler
/// after the analyzer has reported, a <c>.globalconfig</c> and the command line
/// (<c>NoWarn</c>, <c>WarningsAsErrors</c>), and last <c>TreatWarningsAsErrors</c>.
/// The compiler can only change the severity of a finding it receives, so a rule turned off in
/// factlint.yaml still runs when one of the later settings turns it back on.
/// </summary>
internal sealed class BuildSeverities
{
    private readonly EditorConfigSeverities _editorConfig;
    private readonly CompilationOptions _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<string> _enabledByEditorConfig;

    public BuildSeverities(EditorConfigSeverities editorConfig, CompilationOptions compilation, IEnumerable<string> factFilePaths, CancellationToken cancellationToken)
    {
        _editorConfig = editorConfig;
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _enabledByEditorConfig = new HashSet<string>(
            RuleCatalog.Default.Ids.Where(id => factFilePaths.Any(p => IsOn(editorConfig.Get(p, id)))),
            StringComparer.Ordinal);
    }

    /// <summary>The config the engine runs with: as written, except that rules it turns off run when a build setting turns them on.</summary>
    public FactLintConfig ConfigToRun(FactLintConfig config)
    {
        var revived = config.RuleSeverities.Where(p => p.Value == null && (_enabledByEditorConfig.Contains(p.Key) || IsOnInCompiler(p.Key))).Select(p => p.Key).ToList();
        if (revived.Count == 0)
        {
            return config;
        }

        var severities = config.RuleSeverities.Where(p => !revived.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return config with { RuleSeverities = severities };
    }

    /// <summary>The severity to report a finding with; false when it must not be reported.</summary>
    /// <param name="path">The fact file's path as the compiler spells it.</param>
    /// <param name="finding">The finding after the engine applied the config it ran with.</param>
    /// <param name="config">The workspace's config as written.</param>
    public bool TryGetSeverity(string path, FactLint.Diagnostics.Diagnostic finding, FactLintConfig config, out DiagnosticSeverity severity)
    {
        severity = finding.Severity.ToRoslyn();
        switch (_editorConfig.Get(path, finding.Id))
        {
            case ReportDiagnostic.Suppress:
                return false;
            case ReportDiagnostic.Error:
                severity = DiagnosticSeverity.Error;
                return true;
            case ReportDiagnostic.Warn:
                severity = DiagnosticSeverity.Warning;
                return true;
            case ReportDiagnostic.Info:
                severity = DiagnosticSeverity.Info;
                return true;
            case ReportDiagnostic.Hidden:
                severity = DiagnosticSeverity.Hidden;
                return true;
        }

        // Off in factlint.yaml: reported only for the compiler to apply the setting that turned it on.
        var offInConfig = config.RuleSeverities.TryGetValue(finding.Id, out var configured) && configured == null;
        return !offInConfig || IsOnInCompiler(finding.Id);
    }

    private bool IsOnInCompiler(string id)
    {
        if (_compilation.SpecificDiagnosticOptions.TryGetValue(id, out var commandLine))
        {
            return IsOn(commandLine);
        }

        return _compilation.SyntaxTreeOptionsProvider is { } provider
            && provider.TryGetGlobalDiagnosticValue(id, _cancellationToken, out var global)
            && IsOn(global);
    }

    private static bool IsOn(ReportDiagnostic? value) => value is ReportDiagnostic.Error or ReportDiagnostic.Warn or ReportDiagnostic.Info or ReportDiagnostic.Hidden;
}
