using System.Collections.Immutable;
using FactLint.Model;
using FactLint.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Corpus;

/// <summary>One file of the corpus at one version: text, tree and model, built once and shared by every rule.</summary>
public sealed class FactDocument
{
    private FactDocument(string path, YamlSyntaxTree tree, SyntaxError? decodeError, FactFile model)
    {
        Path = path;
        Tree = tree;
        DecodeError = decodeError;
        Model = model;
    }

    /// <summary>Path relative to the workspace root, with forward slashes: the document's identity.</summary>
    public string Path { get; }

    public SourceText Text => Tree.Text;

    public YamlSyntaxTree Tree { get; }

    /// <summary>Why the bytes were not clean text (invalid UTF-8, binary, too large), if they were not.</summary>
    public SyntaxError? DecodeError { get; }

    public FactFile Model { get; }

    /// <summary>True when the file could not be read completely: per-file rules other than FL1001 skip it.</summary>
    public bool IsBroken => !Tree.IsComplete;

    public static FactDocument FromBytes(string path, byte[] bytes, ParseLimits? limits = null)
    {
        var decoded = SourceDecoder.Decode(bytes, limits);
        var tree = decoded.IsText
            ? YamlParser.Parse(decoded.Text, limits)
            : new YamlSyntaxTree(decoded.Text, null, ImmutableArray<YamlComment>.Empty, ImmutableArray<SyntaxError>.Empty, isComplete: false);
        return new FactDocument(path, tree, decoded.Error, FactFileBinder.Bind(path, tree));
    }

    /// <summary>A file that could not be read at all (a pipe, a device, a link out of the workspace, no permission): FL1001 says why, and the run goes on.</summary>
    public static FactDocument Unreadable(string path, string problem)
    {
        var tree = new YamlSyntaxTree(SourceText.From(string.Empty), null, ImmutableArray<YamlComment>.Empty, ImmutableArray<SyntaxError>.Empty, isComplete: false);
        return new FactDocument(path, tree, new SyntaxError(default, $"This file was not read: {problem}. The other files were checked."), FactFileBinder.Bind(path, tree));
    }

    /// <summary>A document from text an editor holds, refused as the CLI refuses its bytes (binary, over the size limit).</summary>
    public static FactDocument FromText(string path, SourceText text, ParseLimits? limits = null)
    {
        if (SourceDecoder.CheckText(text, limits) is { } refused)
        {
            var empty = new YamlSyntaxTree(text, null, ImmutableArray<YamlComment>.Empty, ImmutableArray<SyntaxError>.Empty, isComplete: false);
            return new FactDocument(path, empty, refused, FactFileBinder.Bind(path, empty));
        }

        var tree = YamlParser.Parse(text, limits);
        return new FactDocument(path, tree, null, FactFileBinder.Bind(path, tree));
    }

    public static FactDocument FromText(string path, string text) => FromText(path, SourceText.From(text));
}
