namespace FactLint.Suppressions;

public enum SuppressionScope
{
    NextLine,
    Line,
    File,
}
