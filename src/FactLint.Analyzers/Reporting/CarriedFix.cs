using System.Collections.Generic;

namespace FactLint.Analyzers.Reporting;

/// <summary>A fix as read back from a diagnostic's properties (see <see cref="FixProperties"/>).</summary>
internal sealed class CarriedFix
{
    public CarriedFix(string title, string equivalenceKey, IReadOnlyList<CarriedEdit> edits)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Edits = edits;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public IReadOnlyList<CarriedEdit> Edits { get; }
}
