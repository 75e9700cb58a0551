using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Fixes;

/// <summary>One file's part of a fix: the text it was computed against and the changes, line breaks already the file's.</summary>
public sealed record FileChanges(string Path, SourceText Before, ImmutableArray<TextChange> Changes)
{
    public SourceText After => Before.WithChanges(Changes);
}
