using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>One parsed file: its text, the node tree (partial after a syntax error), its comments and its syntax errors.</summary>
public sealed class YamlSyntaxTree
{
    public YamlSyntaxTree(SourceText text, YamlNode? root, ImmutableArray<YamlComment> comments, ImmutableArray<SyntaxError> errors, bool isComplete)
    {
        Text = text;
        Root = root;
        Comments = comments;
        Errors = errors;
        IsComplete = isComplete;
    }

    public SourceText Text { get; }

    /// <summary>The document's root node, null for an empty file or one whose first token was wrong.</summary>
    public YamlNode? Root { get; }

    public ImmutableArray<YamlComment> Comments { get; }

    public ImmutableArray<SyntaxError> Errors { get; }

    /// <summary>False when parsing stopped early: the tree then holds only what came before the error.</summary>
    public bool IsComplete { get; }

    public bool HasErrors => !Errors.IsEmpty;

    /// <summary>Whether any alias (<c>*name</c>, <c>&lt;&lt;: *name</c>) occurs: a record's meaning may then come from text outside it.</summary>
    public bool HasAliases { get; init; }

    /// <summary>Every node in document order (keys before their values), aliases not followed.</summary>
    public IEnumerable<YamlNode> DescendantNodes()
    {
        if (Root == null)
        {
            yield break;
        }

        var stack = new Stack<YamlNode>();
        stack.Push(Root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case YamlMapping m:
                    for (var i = m.Entries.Count - 1; i >= 0; i--)
                    {
                        stack.Push(m.Entries[i].Value);
                        stack.Push(m.Entries[i].Key);
                    }

                    break;
                case YamlSequence s:
                    for (var i = s.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push(s.Items[i]);
                    }

                    break;
            }
        }
    }
}
