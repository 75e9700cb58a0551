namespace FactLint.Analysis;

/// <summary>A rule that looks at one file alone; its results depend only on that file and the config, so they can be cached per file.</summary>
public abstract class FileRule : Rule
{
    /// <summary>Whether the rule also runs on a file whose parse stopped early (only the syntax rule does).</summary>
    public virtual bool RunsOnBrokenFiles => false;

    public abstract void Analyze(FileAnalysisContext context);
}
