using System.Collections.Generic;
using System.Linq;
using FactLint.Corpus;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Names;

/// <summary>
/// Every capitalised word of a corpus's names and texts (entity names and aliases, quotes,
/// titles, notes) with where it occurs, clustered into spellings of one name: the review screen
/// of <c>factlint names</c>.
/// </summary>
public static class NameSurvey
{
    public sealed record Occurrence(string Path, SourceText Text, TextSpan Span);

    public sealed record Spelling(string Text, IReadOnlyList<Occurrence> Occurrences);

    public static IReadOnlyList<IReadOnlyList<Spelling>> Clusters(FactCorpus corpus, NameComparer comparer, out int words, out int comparisons)
    {
        var occurrences = new Dictionary<string, List<Occurrence>>(System.StringComparer.Ordinal);
        foreach (var document in corpus.Documents)
        {
            var model = document.Model;
            foreach (var e in model.Entities)
            {
                Collect(document, e.Name, occurrences);
                foreach (var a in e.Aliases)
                {
                    Collect(document, a, occurrences);
                }
            }

            foreach (var s in model.Sources)
            {
                Collect(document, s.Title, occurrences);
            }

            foreach (var c in model.Claims)
            {
                Collect(document, c.Note, occurrences);
                foreach (var citation in c.Citations)
                {
                    Collect(document, citation.Quote, occurrences);
                }
            }
        }

        var spellings = occurrences.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        words = spellings.Count;
        var clusters = NameClusters.Build(spellings, comparer, out comparisons);
        return clusters
            .Select(c => (IReadOnlyList<Spelling>)c.Select(i => new Spelling(spellings[i], occurrences[spellings[i]]))
                .OrderByDescending(s => s.Occurrences.Count).ThenBy(s => s.Text, System.StringComparer.Ordinal).ToList())
            .OrderByDescending(c => c.Sum(s => s.Occurrences.Count))
            .ThenBy(c => c[0].Text, System.StringComparer.Ordinal)
            .ToList();
    }

    private static void Collect(FactDocument document, YamlScalar? scalar, Dictionary<string, List<Occurrence>> into)
    {
        if (scalar is not { IsString: true })
        {
            return;
        }

        foreach (var (start, length) in CapitalisedWords.In(scalar.Value))
        {
            var word = scalar.Value.Substring(start, length);
            if (!into.TryGetValue(word, out var list))
            {
                list = new List<Occurrence>();
                into[word] = list;
            }

            list.Add(new Occurrence(document.Path, document.Text, ScalarContent.SpanOf(scalar, document.Text, start, length)));
        }
    }
}
