using System;
using System.Text;
using FactLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Tests.Text;

public sealed class LineMapTests
{
    /// <summary>
    /// Line numbers are found among the lines that start in one 64-character bucket of the text:
    /// texts whose lines are anything but even (runs of hundreds of empty lines in one bucket,
    /// lines of thousands of characters spanning many, one long line first or last) must map every
    /// offset as counting the breaks before it does.
    /// </summary>
    [Fact]
    public void Every_offset_finds_its_line_however_uneven_the_lines_are()
    {
        var random = new Random(95);
        for (var round = 0; round < 200; round++)
        {
            var sb = new StringBuilder();
            var lines = random.Next(0, 60);
            for (var l = 0; l < lines; l++)
            {
                var kind = random.Next(7);
                if (kind == 6)
                {
                    // Many more line starts than one bucket has characters.
                    for (var e = random.Next(60, 300); e > 0; e--)
                    {
                        sb.Append(random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
                    }

                    continue;
                }

                sb.Append('x', kind switch { 0 => 0, 1 => 1, 2 => 3000, 3 => random.Next(200), _ => random.Next(20) });
                sb.Append(random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
            }

            sb.Append('x', round % 3 == 0 ? 5000 : random.Next(5));
            var s = sb.ToString();
            var map = LineMap.Of(SourceText.From(s));
            var line = 0;
            for (var i = 0; i <= s.Length; i++)
            {
                Assert.Equal(line, map.LineNumber(i));
                if (i < s.Length && (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.Length || s[i + 1] != '\n'))))
                {
                    line++;
                }
            }

            Assert.Equal(0, map.LineNumber(-5));
            Assert.Equal(line, map.LineNumber(s.Length + 7));
        }
    }

    /// <summary>Random texts of CR, LF, CR LF, U+2028 and letters, long enough to cross read chunks, as plain text and as edited (segmented) texts: every offset maps as LSP counts.</summary>
    [Fact]
    public void Every_offset_maps_to_the_line_and_column_lsp_counts()
    {
        var random = new Random(2028);
        for (var round = 0; round < 60; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40000);
            for (var i = 0; i < length; i++)
            {
                sb.Append(random.Next(12) switch { 0 => '\r', 1 => '\n', 2 => '\u2028', 3 => '\u0085', _ => 'a' });
            }

            var s = sb.ToString();
            var text = SourceText.From(s);
            if (round % 2 == 1 && s.Length > 10)
            {
                // The editor's texts are edited ones, made of segments.
                text = SourceText.From(s.Substring(0, s.Length / 2) + "x" + s.Substring(s.Length / 2)).WithChanges(new TextChange(new TextSpan(s.Length / 2, 1), string.Empty));
            }

            var map = LineMap.Of(text);
            int line = 0, column = 0;
            for (var i = 0; i <= s.Length; i++)
            {
                var p = map.GetLinePosition(i);
                Assert.Equal((line, column), (p.Line, p.Character));
                var insideBreak = i > 0 && i < s.Length && s[i - 1] == '\r' && s[i] == '\n'; // not a position LSP can name
                if (!insideBreak)
                {
                    Assert.Equal(i, map.GetOffset(line, column));
                }
                if (i == s.Length)
                {
                    break;
                }

                if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.Length || s[i + 1] != '\n')))
                {
                    line++;
                    column = 0;
                }
                else
                {
                    column++;
                }
            }

            Assert.Equal(line + 1, map.LineCount);
        }
    }
}
