namespace FactLint.Model;

/// <summary>The forms a quantity can be written in (the spec's "Figures" table).</summary>
public enum FigureForm
{
    Exact,
    AtLeast,
    AtMost,
    Approx,
    Between,
}
