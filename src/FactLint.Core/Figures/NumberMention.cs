namespace FactLint.Figures;

/// <summary>A number found in running text ("at least 25", "nine million", "$7 million", "1.5bn"): its value, where it is, and its hedge.</summary>
/// <param name="PhraseStart">Where the hedge begins ("at least 25" starts at "at"); equal to Start without a hedge.</param>
public readonly record struct NumberMention(double Value, int Start, int Length, NumberQualifier Qualifier, int PhraseStart)
{
    public int End => Start + Length;
}

/// <summary>How the text hedges a number: the words before it ("at least", "up to", "some").</summary>
public enum NumberQualifier
{
    None,
    AtLeast,
    AtMost,
    Approx,
}
