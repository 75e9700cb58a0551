namespace FactLint.Reporting.Views;

/// <summary>A place in the workspace: path relative to its root, 1-based line.</summary>
public readonly record struct FileLine(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}
