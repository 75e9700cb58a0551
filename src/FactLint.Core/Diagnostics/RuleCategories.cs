namespace FactLint.Diagnostics;

/// <summary>The rule families of the spec, by id range.</summary>
public static class RuleCategories
{
    public const string Structure = "Structure";
    public const string Sourcing = "Sourcing";
    public const string Figures = "Figures";
    public const string Names = "Names";
    public const string Suppressions = "Suppressions";
}
