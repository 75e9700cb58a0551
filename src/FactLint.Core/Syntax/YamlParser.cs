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
    {
        limits ??= ParseLimits.Default;
        var source = text.ToString();

        // Most fact files are plain block YAML; the simple reader builds their tree straight from
        // the text, and hands anything else (or anything wrong) to YamlDotNet, which reports it.
        var fast = new YamlTreeBuilder(text, source, limits);
        return SimpleYamlReader.TryRead(source, fast) ? fast.Finish(complete: true) : ParseWithYamlDotNet(text, source, limits);
    }

    public static YamlSyntaxTree Parse(string text, ParseLimits? limits = null) => Parse(SourceText.From(text), limits);

    /// <summary>The tree as YamlDotNet's events give it, never the simple reader's (tests compare the two).</summary>
    internal static YamlSyntaxTree ParseWithYamlDotNet(SourceText text, ParseLimits? limits = null) =>
        ParseWithYamlDotNet(text, text.ToString(), limits ?? ParseLimits.Default);

    private static YamlSyntaxTree ParseWithYamlDotNet(SourceText text, string source, ParseLimits limits) =>
        new Builder(text, source, new YamlTreeBuilder(text, source, limits)).Build();

    /// <summary>YamlDotNet's events, read into a <see cref="YamlTreeBuilder"/>; its exceptions become syntax errors.</summary>
    private sealed class Builder
    {
        private readonly SourceText _text;
        private readonly string _source;
        private readonly YamlTreeBuilder _tree;
        private int _lastGoodEnd;
        private int _bom;
        private bool _standIns;

        private static readonly char[] NonYamlBreaks = { '\u2028', '\u2029', '\u0085' };

        // Noncharacters: Unicode promises they are never interchanged as text.
        private const char StandIn2028 = '\uFDD0';
        private const char StandIn2029 = '\uFDD1';
        private const char StandIn0085 = '\uFDD2';

        public Builder(SourceText text, string source, YamlTreeBuilder tree)
        {
            _text = text;
            _source = source;
            _tree = tree;
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
                _tree.Errors.Add(new SyntaxError(ErrorSpan(ex), SyntaxMessages.Explain(ex.Message)));
            }
#pragma warning disable CA1031 // The parser must never take the linter down: any failure becomes a diagnostic.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                complete = false;
                _tree.Errors.Add(new SyntaxError(new TextSpan(Math.Min(_lastGoodEnd, _source.Length), 0), "The YAML parser failed here (" + ex.GetType().Name + ": " + ex.Message + "); check the syntax near this point."));
            }

            return _tree.Finish(complete);
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
                            _tree.Errors.Add(new SyntaxError(_tree.LineSpanAt(At(ds.Start)), "A fact file holds one YAML document, but a second one starts here; move it into its own file."));
                            return true;
                        }

                        break;
                    case Scalar s:
                        var value = _standIns ? s.Value.Replace(StandIn2028, '\u2028').Replace(StandIn2029, '\u2029').Replace(StandIn0085, '\u0085') : s.Value;
                        _tree.Scalar(value, s.Style == ScalarStyle.Plain, s.IsKey, At(s.Start), At(s.End), AnchorOf(s.Anchor), TagOf(s.Tag));
                        break;
                    case MappingStart ms:
                        if (!_tree.Open(true, ms.Style == MappingStyle.Flow, At(ms.Start), AnchorOf(ms.Anchor), TagOf(ms.Tag)))
                        {
                            return false;
                        }

                        break;
                    case SequenceStart ss:
                        if (!_tree.Open(false, ss.Style == SequenceStyle.Flow, At(ss.Start), AnchorOf(ss.Anchor), TagOf(ss.Tag)))
                        {
                            return false;
                        }

                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        _tree.Close(FlowEnd(At(ev.Start)));
                        break;
                    case AnchorAlias alias:
                        _tree.Alias(alias.Value.Value, At(alias.Start), At(alias.End));
                        break;
                }

                _lastGoodEnd = Math.Max(_lastGoodEnd, At(ev.End));
            }

            return true;
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
            var start = _tree.Clamp(At(ex.Start));
            var end = _tree.Clamp(At(ex.End));
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

            return end > start ? TextSpan.FromBounds(start, end) : _tree.LineSpanAt(start);
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

        private int At(YamlDotNet.Core.Mark mark) => (int)mark.Index + _bom;

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        private static string? TagOf(TagName tag) => tag.IsEmpty ? null : tag.Value;
    }
}
