using System.Linq;
using FactLint.Analysis;
using FactLint.Corpus;
using FactLint.Names;

namespace FactLint.Rules.Names;

/// <summary>The per-run name catalog shared by the name rules (<see cref="CorpusAnalysisContext.Shared{T}(CorpusAspects, System.Func{CorpusAnalysisContext, T})"/>).</summary>
public static class NameCatalogs
{
    /// <summary>The catalog of this pass, kept from the last one while no file with entities changed.</summary>
    public static NameCatalog Of(CorpusAnalysisContext context) => context.Shared(CorpusAspects.Entities, Build);

    private static NameCatalog Build(CorpusAnalysisContext context) =>
        new(new NameComparer(context.Config.Names), context.Documents.SelectMany(d => d.Model.Entities.Select(e => (d, e))));
}
