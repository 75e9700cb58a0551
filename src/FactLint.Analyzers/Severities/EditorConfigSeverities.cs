using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Severities;

/// <summary>
/// <c>dotnet_diagnostic.FLnnnn.severity</c> from the <c>.editorconfig</c> sections that match a
/// fact file. The compiler applies those keys only to C# syntax trees, and removes them from the
/// options it shows analyzers, so the package's targets pass the .editorconfig files above each
/// fact file as additional files and this class reads them with the compiler's own parser and
/// section matching (<see cref="AnalyzerConfigSet"/>): same globs, same "closest file wins", same
/// <c>root = true</c>.
/// </summary>
internal sealed class EditorConfigSeverities
{
    public static readonly EditorConfigSeverities None = new(null);

    private readonly AnalyzerConfigSet? _set;
    private readonly ConcurrentDictionary<string, ImmutableDictionary<string, ReportDiagnostic>> _byFile = new(StringComparer.Ordinal);

    private EditorConfigSeverities(AnalyzerConfigSet? set)
    {
        _set = set;
    }

    public static EditorConfigSeverities Read(ImmutableArray<AdditionalText> editorConfigs, CancellationToken cancellationToken)
    {
        var configs = editorConfigs
            .Select(f => (File: f, Text: f.GetText(cancellationToken)))
            .Where(f => f.Text != null)
            .Select(f => AnalyzerConfig.Parse(f.Text!, f.File.Path))
            .ToList();
        return configs.Count == 0 ? None : new EditorConfigSeverities(AnalyzerConfigSet.Create(configs));
    }

    /// <summary>The severity the sections matching <paramref name="path"/> give the rule, or null when none names it.</summary>
    public ReportDiagnostic? Get(string path, string ruleId)
    {
        if (_set == null)
        {
            return null;
        }

        var options = _byFile.GetOrAdd(path, p => _set.GetOptionsForSourcePath(p).TreeOptions);
        return options.TryGetValue(ruleId, out var value) || options.TryGetValue(ruleId.ToLowerInvariant(), out value)
            ? value
            : null;
    }
}
