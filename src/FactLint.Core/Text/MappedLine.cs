using Microsoft.CodeAnalysis.Text;

namespace FactLint.Text;

/// <summary>One line of a <see cref="LineMap"/>: its number, where it starts, where its text and its line break end.</summary>
public readonly struct MappedLine
{
    private readonly SourceText _text;

    public MappedLine(SourceText text, int lineNumber, int start, int end, int endIncludingLineBreak)
    {
        _text = text;
        LineNumber = lineNumber;
        Start = start;
        End = end;
        EndIncludingLineBreak = endIncludingLineBreak;
    }

    public int LineNumber { get; }

    public int Start { get; }

    public int End { get; }

    public int EndIncludingLineBreak { get; }

    public TextSpan Span => TextSpan.FromBounds(Start, End);

    public override string ToString() => _text.ToString(Span);
}
