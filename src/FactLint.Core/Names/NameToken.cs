using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>One element of a name, where it sits in the text it was read from, and its folded spellings.</summary>
/// <param name="Start">Offset in the text the name was read from.</param>
/// <param name="Length">Length there; a compound (Abd al-Rahman) spans all its words.</param>
/// <param name="Folded">The transliteration-neutral spelling (<see cref="Transliteration.Fold"/>).</param>
/// <param name="Alternates">Other readings of ambiguous letters (j as y, initial x as ks, Somali c and x), if any.</param>
/// <param name="Compound">Made of several words (Abdul Rashid, Abu Bakr, Nasr al-Din).</param>
/// <param name="Cognate">For an East Slavic given name, the key of its Russian/Belarusian/Ukrainian forms.</param>
public sealed record NameToken(string Text, int Start, int Length, string Folded, NameTokenKind Kind, IReadOnlyList<string>? Alternates = null, string? Cognate = null, bool Compound = false)
{
    private string? _skeleton;

    /// <summary>The consonant skeleton of <see cref="Folded"/> (<see cref="Transliteration.Skeleton"/>); a reader that has it already passes it in.</summary>
    public string Skeleton
    {
        get => _skeleton ??= Transliteration.Skeleton(Folded);
        init => _skeleton = value;
    }

    public int End => Start + Length;

    private string[]? _readings;

    /// <summary>The folded spelling first, then the alternates (an array, made once: the comparer reads it in its inner loop).</summary>
    public string[] Readings => _readings ??= Alternates == null ? new[] { Folded } : Prepend(Folded, Alternates);

    private static string[] Prepend(string first, IReadOnlyList<string> rest)
    {
        var all = new string[rest.Count + 1];
        all[0] = first;
        for (var i = 0; i < rest.Count; i++)
        {
            all[i + 1] = rest[i];
        }

        return all;
    }

    public override string ToString() => Text;
}
