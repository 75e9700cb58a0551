using System.Linq;
using FactLint.Analysis;
using FactLint.Names;

namespace FactLint.Rules.Names;

/// <summary>The per-run name catalog shared by the name rules (<see cref="CorpusAnalysisContext.Shared{T}"/>).</summary>
public static class NameCatalogs
{
    public static NameCatalog Of(CorpusAnalysisContext context) =>
        new(new NameComparer(context.Config.Names), context.Documents.SelectMany(d => d.Model.Entities.Select(e => (d, e))));
}
