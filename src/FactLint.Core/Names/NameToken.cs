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

    /// <summary>The folded spelling first, then the alternates (an array, made once: the comparer reads it in its inner loop); a reader that has it already passes it in.</summary>
    public string[] Readings
    {
        get => _readings ??= ReadingsOf(Folded, Alternates);
        init => _readings = value;
    }

    private string[]? _alternateSkeletons;

    /// <summary>The skeletons of the alternates that differ from <see cref="Skeleton"/> and have two letters or more, each once: the blocking keys they add.</summary>
    public string[] AlternateSkeletons
    {
        get => _alternateSkeletons ??= SkeletonsOf(Alternates, Skeleton);
        init => _alternateSkeletons = value;
    }

    private string? _withoutArticle;
    private bool _articleRead;

    /// <summary>The folded spelling without an Arabic article written joined (albinali: binali), or null; worked out once, as every comparison of the token asks.</summary>
    public string? WithoutArticle
    {
        get
        {
            if (!_articleRead)
            {
                _withoutArticle = Folded.Length >= 6 && (Folded[0] == 'a' || Folded[0] == 'e') && Folded[1] == 'l' ? Folded.Substring(2) : null;
                _articleRead = true;
            }

            return _withoutArticle;
        }
    }

    private string? _joinedWithNext;

    /// <summary>
    /// This element's folded spelling followed by the next one's, as one word (Abdul Rashid: abdulrashid), made
    /// once: the aligner tries every element against each adjacent pair. A token belongs to one name,
    /// so <paramref name="next"/> is always the same token.
    /// </summary>
    internal string JoinedWith(NameToken next) => _joinedWithNext ??= Folded + next.Folded;

    internal static string[] SkeletonsOf(IReadOnlyList<string>? alternates, string skeleton)
    {
        if (alternates == null)
        {
            return System.Array.Empty<string>();
        }

        var list = new List<string>(alternates.Count);
        foreach (var reading in alternates)
        {
            var s = Transliteration.Skeleton(reading);
            if (s.Length >= 2 && s != skeleton && !list.Contains(s))
            {
                list.Add(s);
            }
        }

        return list.ToArray();
    }

    /// <summary>The folded spelling first, then the alternates.</summary>
    internal static string[] ReadingsOf(string folded, IReadOnlyList<string>? alternates)
    {
        if (alternates == null)
        {
            return new[] { folded };
        }

        var all = new string[alternates.Count + 1];
        all[0] = folded;
        for (var i = 0; i < alternates.Count; i++)
        {
            all[i + 1] = alternates[i];
        }

        return all;
    }

    public override string ToString() => Text;
}
