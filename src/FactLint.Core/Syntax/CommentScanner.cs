using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>
/// Finds comments after the parse: a '#' at the start of a line or after white space that is
/// not inside any scalar. Doing this lexically (rather than asking YamlDotNet for comment events)
/// keeps the parser on its fastest, best-tested path, and the scalar spans rule out every '#'
/// that belongs to a value ("#5", a quoted "# not a comment", a block scalar's text).
/// </summary>
internal static class CommentScanner
{
    public static ImmutableArray<YamlComment> Scan(string text, List<TextSpan> scalarSpans)
    {
        var result = ImmutableArray.CreateBuilder<YamlComment>();
        var spanIndex = 0;
        var i = text.IndexOf('#');
        while (i >= 0)
        {
            var atTokenBoundary = i == 0 || text[i - 1] is ' ' or '\t' or '\n' or '\r';
            while (spanIndex < scalarSpans.Count && scalarSpans[spanIndex].End <= i)
            {
                spanIndex++;
            }

            var insideScalar = spanIndex < scalarSpans.Count && scalarSpans[spanIndex].Start <= i;
            if (atTokenBoundary && !insideScalar)
            {
                var end = i;
                while (end < text.Length && text[end] != '\n' && text[end] != '\r')
                {
                    end++;
                }

                var lineStart = i;
                while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
                {
                    lineStart--;
                }

                var wholeLine = lineStart == 0 || text[lineStart - 1] is '\n' or '\r';
                result.Add(new YamlComment(TextSpan.FromBounds(i, end), text.Substring(i + 1, end - i - 1), wholeLine));
                i = end < text.Length ? text.IndexOf('#', end) : -1;
                continue;
            }

            i = i + 1 < text.Length ? text.IndexOf('#', i + 1) : -1;
        }

        return result.ToImmutable();
    }
}
