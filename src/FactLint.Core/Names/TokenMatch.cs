namespace FactLint.Names;

/// <summary>Elements of two names found to correspond: a run of tokens on each side (two when one side writes a compound as two words).</summary>
public readonly record struct TokenMatch(int AStart, int ACount, int BStart, int BCount, string AFolded, string BFolded, double Similarity);
