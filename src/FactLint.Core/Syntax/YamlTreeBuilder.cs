using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Syntax;

/// <summary>
/// Assembles a <see cref="YamlSyntaxTree"/> from what a reader finds in the text — collections
/// opened and closed, scalars and aliases with their offsets — whichever reader that is
/// (<see cref="YamlParser"/> over YamlDotNet's events, or <see cref="SimpleYamlReader"/>), so both
/// give the same nodes, spans, duplicate-key errors and limits. Iterative: nesting cannot
/// overflow the stack.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly SourceText _text;
    private readonly string _source;
    private readonly ParseLimits _limits;
    private readonly List<Frame> _stack = new();
    private readonly List<TextSpan> _scalarSpans;
    private readonly Dictionary<string, (YamlNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);

    // Keys and short values repeat (every claim has 'subject', 'property', a unit, a source id):
    // one string per distinct one keeps the retained tree small, which is what the garbage
    // collector pays for on big corpora.
    private readonly Dictionary<string, string> _strings;
    private readonly Stack<Frame> _spare = new();
    private const int MaxShared = 32;
    private YamlNode? _root;
    private long _totalWeight;
    private bool _hasAliases;

    public YamlTreeBuilder(SourceText text, string source, ParseLimits limits)
    {
        _text = text;
        _source = source;
        _limits = limits;

        // Sized from the text (fact files hold about one scalar per 12 characters and one distinct
        // short string per 40), so that neither is copied as it grows: grown from empty, the
        // copies were garbage the collector met again and again. Capped: a huge file grows them as usual.
        _scalarSpans = new List<TextSpan>(Math.Min((source.Length / 12) + 16, 1 << 16));
        _strings = new Dictionary<string, string>(Math.Min((source.Length / 40) + 8, 1 << 14), StringComparer.Ordinal);
    }

    public List<SyntaxError> Errors { get; } = new();

    public int Depth => _stack.Count;

    public int MaxDepth => _limits.MaxDepth;

    /// <summary>Opens a mapping or sequence starting at <paramref name="start"/>; false (with an error) when nesting is too deep.</summary>
    public bool Open(bool isMapping, bool isFlow, int start, string? anchor = null, string? tag = null)
    {
        if (_stack.Count >= _limits.MaxDepth)
        {
            Errors.Add(new SyntaxError(LineSpanAt(start), $"Nesting is deeper than {_limits.MaxDepth} levels; a fact file needs only a few. The rest of the file was not read."));
            return false;
        }

        // Frames are reused: their lists keep the capacity they grew to, instead of growing anew for every mapping.
        var frame = _spare.Count > 0 ? _spare.Pop() : new Frame();
        frame.Reset(isMapping, isFlow, start, anchor, tag);
        _stack.Add(frame);
        return true;
    }

    /// <summary>Closes the innermost collection: a block one ends with its last child, a flow one at <paramref name="end"/> (past its bracket).</summary>
    public void Close(int end)
    {
        var frame = _stack[_stack.Count - 1];
        _stack.RemoveAt(_stack.Count - 1);
        end = frame.IsFlow ? Math.Max(end, frame.End) : frame.End;
        var span = TextSpan.FromBounds(Clamp(frame.Start), Clamp(Math.Max(frame.Start, end)));
        YamlNode node = frame.IsMapping
            ? new YamlMapping(frame.Entries.ToArray(), frame.IsFlow, span, frame.Anchor, frame.Tag)
            : new YamlSequence(frame.Items.ToArray(), frame.IsFlow, span, frame.Anchor, frame.Tag);
        var weight = frame.Weight;
        _spare.Push(frame);
        Attach(node, weight);
    }

    /// <summary>
    /// A scalar whose value is the text from <paramref name="valueStart"/> to <paramref name="valueEnd"/>
    /// (a plain scalar, or a quoted one without escapes). A short value is taken from the file's
    /// table of strings, not cut from the text afresh: keys, ids, units and figures repeat, and one
    /// string each keeps the tree small.
    /// </summary>
    public void ScalarOfText(int valueStart, int valueEnd, bool isPlain, int start, int end)
    {
        var length = valueEnd - valueStart;
        var value = length <= MaxShared ? Shared(valueStart, length) : _source.Substring(valueStart, length);
        Add(value, isPlain, start, end, null, null);
    }

    public void Scalar(string value, bool isPlain, bool isKey, int start, int end, string? anchor = null, string? tag = null)
    {
        if (isKey && value.Length <= MaxShared)
        {
            if (_strings.TryGetValue(value, out var shared))
            {
                value = shared;
            }
            else
            {
                _strings[value] = value;
            }
        }

        Add(value, isPlain, start, end, anchor, tag);
    }

    private void Add(string value, bool isPlain, int start, int end, string? anchor, string? tag)
    {
        var span = TextSpan.FromBounds(Clamp(start), Clamp(end));
        var node = new YamlScalar(value, ScalarResolver.Resolve(value, isPlain && tag == null, tag), isPlain, span, anchor, tag);
        _scalarSpans.Add(span);
        Attach(node, 1);
    }

    private string Shared(int start, int length)
    {
#if NET
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = _source.AsSpan(start, length);
        if (!lookup.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            _strings[shared] = shared;
        }

        return shared;
#else
        var value = _source.Substring(start, length);
        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _strings[value] = value;
        return value;
#endif
    }

    public void Alias(string name, int start, int end)
    {
        _hasAliases = true;
        var span = TextSpan.FromBounds(Clamp(start), Clamp(end));
        if (!_anchors.TryGetValue(name, out var target))
        {
            Errors.Add(new SyntaxError(span, $"The alias *{name} refers to no anchor defined before it; define '&{name}' first or remove the alias."));
            Attach(new YamlAlias(name, null, span), 1);
            return;
        }

        if (_totalWeight + target.Weight > _limits.MaxExpandedNodes)
        {
            Errors.Add(new SyntaxError(span, $"Expanding the alias *{name} would make the document stand for more than {_limits.MaxExpandedNodes:N0} nodes (an alias bomb?); the alias was left unexpanded. Fact files need no aliases: write the values out."));
            Attach(new YamlAlias(name, null, span), 1);
            return;
        }

        Attach(new YamlAlias(name, target.Node, span), target.Weight);
    }

    /// <summary>The tree: collections still open are closed at their last child; comments are found between the scalars.</summary>
    public YamlSyntaxTree Finish(bool complete)
    {
        while (_stack.Count > 0)
        {
            Close(_stack[_stack.Count - 1].End);
        }

        var comments = CommentScanner.Scan(_source, _scalarSpans);
        return new YamlSyntaxTree(_text, _root, comments, Errors.ToImmutableArray(), complete) { HasAliases = _hasAliases };
    }

    /// <summary>An empty position is hard to see in an editor: widen it to the rest of its line (at least one character).</summary>
    public TextSpan LineSpanAt(int position)
    {
        position = Clamp(position);
        var line = LineMap.Of(_text).Line(position);
        var end = line.End;
        if (end <= position)
        {
            return new TextSpan(position, 0);
        }

        return TextSpan.FromBounds(position, end);
    }

    public int Clamp(int index) => index < 0 ? 0 : index > _source.Length ? _source.Length : index;

    private void Attach(YamlNode node, long weight)
    {
        _totalWeight += weight;
        if (node.Anchor != null)
        {
            _anchors[node.Anchor] = (node, weight);
        }

        if (_stack.Count == 0)
        {
            _root ??= node;
            return;
        }

        var parent = _stack[_stack.Count - 1];
        parent.Weight += weight;
        parent.End = Math.Max(parent.End, node.Span.End);
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return;
        }

        if (parent.PendingKey == null)
        {
            parent.PendingKey = node;
            return;
        }

        var key = parent.PendingKey;
        parent.PendingKey = null;
        CheckDuplicateKey(parent, key);
        parent.Entries.Add(new YamlEntry(key, node));
    }

    private void CheckDuplicateKey(Frame mapping, YamlNode key)
    {
        if (key is not YamlScalar scalar)
        {
            return;
        }

        // Linear for the small mappings fact files are made of; a set once a mapping grows.
        if (mapping.KeySet == null && mapping.Entries.Count < 16)
        {
            foreach (var e in mapping.Entries)
            {
                if (e.Key is YamlScalar other && other.Value == scalar.Value)
                {
                    ReportDuplicate(scalar, other);
                    return;
                }
            }

            return;
        }

        if (mapping.KeySet == null)
        {
            mapping.KeySet = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in mapping.Entries)
            {
                if (e.Key is YamlScalar k)
                {
                    mapping.KeySet.Add(k.Value);
                }
            }
        }

        if (!mapping.KeySet.Add(scalar.Value))
        {
            foreach (var e in mapping.Entries)
            {
                if (e.Key is YamlScalar other && other.Value == scalar.Value)
                {
                    ReportDuplicate(scalar, other);
                    return;
                }
            }
        }
    }

    private void ReportDuplicate(YamlScalar duplicate, YamlScalar first)
    {
        var line = LineMap.Of(_text).LineNumber(first.Span.Start) + 1;
        Errors.Add(new SyntaxError(duplicate.Span, $"The key '{duplicate.Value}' appears twice in this mapping (first on line {line}); YAML requires unique keys, and only one value would be kept. Remove or rename one."));
    }

    private sealed class Frame
    {
        public bool IsMapping { get; private set; }
        public bool IsFlow { get; private set; }
        public int Start { get; private set; }
        public string? Anchor { get; private set; }
        public string? Tag { get; private set; }
        public List<YamlEntry> Entries { get; } = new();
        public List<YamlNode> Items { get; } = new();
        public YamlNode? PendingKey { get; set; }
        public int End { get; set; }
        public long Weight { get; set; }
        public HashSet<string>? KeySet { get; set; }

        public void Reset(bool isMapping, bool isFlow, int start, string? anchor, string? tag)
        {
            IsMapping = isMapping;
            IsFlow = isFlow;
            Start = start;
            End = start;
            Anchor = anchor;
            Tag = tag;
            Entries.Clear();
            Items.Clear();
            PendingKey = null;
            Weight = 1;
            KeySet = null;
        }
    }
}
