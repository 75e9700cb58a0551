using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using FactLint.Text;

namespace FactLint.Syntax;

/// <summary>
/// Builds a <see cref="YamlSyntaxTree"/> from YamlDotNet's event stream. The builder is
/// iterative (no recursion, so nesting cannot overflow the stack), never expands aliases,
/// and turns every failure into a <see cref="SyntaxError"/>: it does not throw.
/// </summary>
public static class YamlParser
{
    public static YamlSyntaxTree Parse(SourceText text, ParseLimits? limits = null)
        => new Builder(text, limits ?? ParseLimits.Default).Build();

    public static YamlSyntaxTree Parse(string text, ParseLimits? limits = null) => Parse(SourceText.From(text), limits);

    private sealed class Frame
    {
        public Frame(bool isMapping, bool isFlow, int start, string? anchor, string? tag)
        {
            IsMapping = isMapping;
            IsFlow = isFlow;
            Start = start;
            Anchor = anchor;
            Tag = tag;
        }

        public bool IsMapping { get; }
        public bool IsFlow { get; }
        public int Start { get; }
        public string? Anchor { get; }
        public string? Tag { get; }
        public List<YamlEntry> Entries { get; } = new();
        public List<YamlNode> Items { get; } = new();
        public YamlNode? PendingKey { get; set; }
        public int End { get; set; }
        public long Weight { get; set; } = 1;
        public HashSet<string>? KeySet { get; set; }
    }

    private sealed class Builder
    {
        private readonly SourceText _text;
        private readonly string _source;
        private readonly ParseLimits _limits;
        private readonly List<Frame> _stack = new();
        private readonly List<SyntaxError> _errors = new();
        private readonly List<TextSpan> _scalarSpans = new();
        private readonly Dictionary<string, (YamlNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
        private bool _hasAliases;

        // Keys repeat (every claim has 'subject', 'property', ...): sharing one string per distinct key
        // keeps the retained tree small, which is what the garbage collector pays for on big corpora.
        private readonly Dictionary<string, string> _keyStrings = new(StringComparer.Ordinal);
        private YamlNode? _root;
        private long _totalWeight;
        private int _lastGoodEnd;
        private int _bom;
        private bool _standIns;

        private static readonly char[] NonYamlBreaks = { '\u2028', '\u2029', '\u0085' };

        // Noncharacters: Unicode promises they are never interchanged as text.
        private const char StandIn2028 = '\uFDD0';
        private const char StandIn2029 = '\uFDD1';
        private const char StandIn0085 = '\uFDD2';

        public Builder(SourceText text, ParseLimits limits)
        {
            _text = text;
            _source = text.ToString();
            _limits = limits;
        }

        public YamlSyntaxTree Build()
        {
            var complete = true;
            try
            {
                complete = ReadEvents();
            }
            catch (YamlException ex)
            {
                complete = false;
                _errors.Add(new SyntaxError(ErrorSpan(ex), SyntaxMessages.Explain(ex.Message)));
            }
#pragma warning disable CA1031 // The parser must never take the linter down: any failure becomes a diagnostic.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                complete = false;
                _errors.Add(new SyntaxError(new TextSpan(Math.Min(_lastGoodEnd, _source.Length), 0), "The YAML parser failed here (" + ex.GetType().Name + ": " + ex.Message + "); check the syntax near this point."));
            }

            while (_stack.Count > 0)
            {
                CloseFrame(_stack[_stack.Count - 1].End);
            }

            var comments = CommentScanner.Scan(_source, _scalarSpans);
            return new YamlSyntaxTree(_text, _root, comments, _errors.ToImmutableArray(), complete) { HasAliases = _hasAliases };
        }

        private bool ReadEvents()
        {
            // A leading byte-order mark is not content (YAML allows it at the start of a stream): the
            // parser reads after it, and every position is moved back onto the text that holds it,
            // so an editor that sends the BOM gets the findings the CLI (which drops it) reports.
            _bom = _source.Length > 0 && _source[0] == '\uFEFF' ? 1 : 0;
            var input = _bom == 0 ? _source : _source.Substring(1);

            // YAML 1.2 breaks lines only at CR and LF; YamlDotNet also breaks them at U+0085, U+2028
            // and U+2029 (YAML 1.1), so text pasted from the web with a line separator in a quote
            // would be a syntax error. They go to the parser as stand-ins of the same length, and
            // come back in the scalars' values.
            _standIns = input.IndexOfAny(NonYamlBreaks) >= 0;
            if (_standIns)
            {
                input = input.Replace('\u2028', StandIn2028).Replace('\u2029', StandIn2029).Replace('\u0085', StandIn0085);
            }

            var parser = new Parser(new Scanner(new StringReader(input), skipComments: true));
            var documents = 0;
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                switch (ev)
                {
                    case DocumentStart ds:
                        documents++;
                        if (documents > 1)
                        {
                            var at = At(ds.Start);
                            _errors.Add(new SyntaxError(LineSpanAt(at), "A fact file holds one YAML document, but a second one starts here; move it into its own file."));
                            return true;
                        }

                        break;
                    case Scalar s:
                        AddScalar(s);
                        break;
                    case MappingStart ms:
                        if (!Push(new Frame(true, ms.Style == MappingStyle.Flow, At(ms.Start), AnchorOf(ms.Anchor), TagOf(ms.Tag))))
                        {
                            return false;
                        }

                        break;
                    case SequenceStart ss:
                        if (!Push(new Frame(false, ss.Style == SequenceStyle.Flow, At(ss.Start), AnchorOf(ss.Anchor), TagOf(ss.Tag))))
                        {
                            return false;
                        }

                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        CloseFrame(FlowEnd(At(ev.Start)));
                        break;
                    case AnchorAlias alias:
                        AddAlias(alias);
                        break;
                }

                _lastGoodEnd = Math.Max(_lastGoodEnd, At(ev.End));
            }

            return true;
        }

        private bool Push(Frame frame)
        {
            if (_stack.Count >= _limits.MaxDepth)
            {
                _errors.Add(new SyntaxError(LineSpanAt(frame.Start), $"Nesting is deeper than {_limits.MaxDepth} levels; a fact file needs only a few. The rest of the file was not read."));
                return false;
            }

            frame.End = frame.Start;
            _stack.Add(frame);
            return true;
        }

        private void AddScalar(Scalar s)
        {
            var span = TextSpan.FromBounds(Clamp(At(s.Start)), Clamp(At(s.End)));
            var tag = TagOf(s.Tag);
            var isPlain = s.Style == ScalarStyle.Plain;
            var value = _standIns ? s.Value.Replace(StandIn2028, '\u2028').Replace(StandIn2029, '\u2029').Replace(StandIn0085, '\u0085') : s.Value;
            if (s.IsKey && value.Length <= 32)
            {
                if (_keyStrings.TryGetValue(value, out var shared))
                {
                    value = shared;
                }
                else
                {
                    _keyStrings[value] = value;
                }
            }

            var node = new YamlScalar(value, ScalarResolver.Resolve(value, isPlain && tag == null, tag), isPlain, span, AnchorOf(s.Anchor), tag);
            _scalarSpans.Add(span);
            Attach(node, 1);
        }

        private void AddAlias(AnchorAlias alias)
        {
            _hasAliases = true;
            var span = TextSpan.FromBounds(Clamp(At(alias.Start)), Clamp(At(alias.End)));
            var name = alias.Value.Value;
            if (!_anchors.TryGetValue(name, out var target))
            {
                _errors.Add(new SyntaxError(span, $"The alias *{name} refers to no anchor defined before it; define '&{name}' first or remove the alias."));
                Attach(new YamlAlias(name, null, span), 1);
                return;
            }

            if (_totalWeight + target.Weight > _limits.MaxExpandedNodes)
            {
                _errors.Add(new SyntaxError(span, $"Expanding the alias *{name} would make the document stand for more than {_limits.MaxExpandedNodes:N0} nodes (an alias bomb?); the alias was left unexpanded. Fact files need no aliases: write the values out."));
                Attach(new YamlAlias(name, null, span), 1);
                return;
            }

            Attach(new YamlAlias(name, target.Node, span), target.Weight);
        }

        private void CloseFrame(int end)
        {
            var frame = _stack[_stack.Count - 1];
            _stack.RemoveAt(_stack.Count - 1);
            // A block collection ends with its last child; the end event sits at the next token, past blank lines and comments.
            end = frame.IsFlow ? Math.Max(end, frame.End) : frame.End;
            var span = TextSpan.FromBounds(Clamp(frame.Start), Clamp(Math.Max(frame.Start, end)));
            YamlNode node = frame.IsMapping
                ? new YamlMapping(frame.Entries.ToArray(), frame.IsFlow, span, frame.Anchor, frame.Tag)
                : new YamlSequence(frame.Items.ToArray(), frame.IsFlow, span, frame.Anchor, frame.Tag);
            Attach(node, frame.Weight);
        }

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
            _errors.Add(new SyntaxError(duplicate.Span, $"The key '{duplicate.Value}' appears twice in this mapping (first on line {line}); YAML requires unique keys, and only one value would be kept. Remove or rename one."));
        }

        /// <summary>YamlDotNet puts a flow collection's end mark on its bracket; the span should include it.</summary>
        private int FlowEnd(int index)
        {
            if (index < _source.Length && (_source[index] == ']' || _source[index] == '}'))
            {
                return index + 1;
            }

            return index;
        }

        private TextSpan ErrorSpan(YamlException ex)
        {
            var start = Clamp(At(ex.Start));
            var end = Clamp(At(ex.End));
            if (ex.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                var tab = FindIndentingTab(Math.Min(start, _lastGoodEnd));
                if (tab >= 0)
                {
                    return new TextSpan(tab, 1);
                }
            }

            // The scanner sometimes reports a mark before the last event it accepted; the error cannot be there.
            if (start < _lastGoodEnd && end <= _lastGoodEnd)
            {
                start = end = Math.Min(_lastGoodEnd, _source.Length);
            }

            return end > start ? TextSpan.FromBounds(start, end) : LineSpanAt(start);
        }

        private int FindIndentingTab(int from)
        {
            for (var i = Math.Max(0, from); i < _source.Length; i++)
            {
                if (_source[i] != '\t')
                {
                    continue;
                }

                var j = i - 1;
                while (j >= 0 && _source[j] == ' ')
                {
                    j--;
                }

                if (j < 0 || _source[j] == '\n' || _source[j] == '\r' || _source[j] == '\t')
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>An empty position is hard to see in an editor: widen it to the rest of its line (at least one character).</summary>
        private TextSpan LineSpanAt(int position)
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

        private int At(YamlDotNet.Core.Mark mark) => (int)mark.Index + _bom;

        private int Clamp(int index) => index < 0 ? 0 : index > _source.Length ? _source.Length : index;

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        private static string? TagOf(TagName tag) => tag.IsEmpty ? null : tag.Value;
    }
}
