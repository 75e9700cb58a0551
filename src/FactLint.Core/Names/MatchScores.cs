namespace FactLint.Names;

/// <summary>Counts of decisions against labels, and the precision / recall / F1 they give.</summary>
public sealed record MatchScores(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public MatchScores Add(bool decided, bool label) => (decided, label) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalsePositives = FalsePositives + 1 },
        (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this with { TrueNegatives = TrueNegatives + 1 },
    };

    public static MatchScores Empty { get; } = new(0, 0, 0, 0);
}
