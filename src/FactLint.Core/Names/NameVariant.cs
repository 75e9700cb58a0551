using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>
/// A word of some text found to be a near variant of an element of an entity's spelling; when
/// several entities write that element the same way (a place and the event named after it), all of
/// them, the most likely first.
/// </summary>
public sealed record NameVariant(NameToken Word, IReadOnlyList<(EntitySpelling Spelling, NameToken Element)> Matches, double Similarity)
{
    public EntitySpelling Spelling => Matches[0].Spelling;

    public NameToken Element => Matches[0].Element;
}
