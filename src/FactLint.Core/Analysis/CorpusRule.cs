namespace FactLint.Analysis;

/// <summary>A rule that looks across files (duplicate ids, references, conflicting figures). It must stay near-linear in the corpus size.</summary>
public abstract class CorpusRule : Rule
{
    public abstract void Analyze(CorpusAnalysisContext context);
}
