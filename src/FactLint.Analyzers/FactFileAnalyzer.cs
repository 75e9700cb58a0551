using System.Collections.Immutable;
using FactLint.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactLint.Analyzers;

/// <summary>
/// Checks the project's fact files (its <c>*.facts.yaml</c> / <c>*.facts.yml</c> additional files,
/// with their <c>factlint.yaml</c>) with the same engine as the <c>factlint</c> CLI, and reports
/// every finding as a compiler diagnostic.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class FactFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => BuildDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var session = new CompilationSession(start.Options, start.Compilation.Options);
            if (!session.HasFactFiles)
            {
                return;
            }

            start.RegisterAdditionalFileAction(session.AnalyzeFile);
            start.RegisterCompilationEndAction(session.AnalyzeCompilationEnd);
        });
    }
}
