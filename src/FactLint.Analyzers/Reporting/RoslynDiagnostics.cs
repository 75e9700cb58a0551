using System.Collections.Immutable;
using System.Linq;
using FactLint.Analyzers.Inputs;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using FLDiagnostic = FactLint.Diagnostics.Diagnostic;

namespace FactLint.Analyzers.Reporting;

/// <summary>Turns an engine finding into a compiler diagnostic: the real file and span, the related spans as additional locations, and their messages as properties.</summary>
internal static class RoslynDiagnostics
{
    /// <summary>Property keys <c>related0</c>, <c>related1</c>, ... hold the message of each additional location, in order.</summary>
    public const string RelatedMessagePrefix = "related";

    public static Microsoft.CodeAnalysis.Diagnostic Create(FLDiagnostic finding, BuildWorkspace workspace, DiagnosticSeverity severity)
    {
        var location = LocationOf(finding.Location, workspace);
        var additional = finding.Related.Select(r => LocationOf(r.Location, workspace)).ToArray();
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < finding.Related.Length; i++)
        {
            properties[RelatedMessagePrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = finding.Related[i].Message;
        }

        FixProperties.Write(properties, finding, workspace);
        return Microsoft.CodeAnalysis.Diagnostic.Create(
            BuildDescriptors.Get(finding.Id),
            location,
            severity,
            additional,
            properties.ToImmutable(),
            finding.Message);
    }

    public static Location LocationOf(SourceLocation location, BuildWorkspace workspace) =>
        Location.Create(workspace.FullPath(location.Path), location.Span, location.LineSpan);

    /// <summary>The start of a file: where findings about the whole file go.</summary>
    public static Location StartOf(AdditionalText file) =>
        Location.Create(file.Path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
