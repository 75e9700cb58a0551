using System;
using System.Text;

namespace FactLint.Syntax;

/// <summary>
/// Reads the block YAML most fact files are written in — block mappings and sequences, one-line
/// plain and quoted scalars, one-line flow collections, comments — straight from the text into
/// a <see cref="YamlTreeBuilder"/>, several times faster than YamlDotNet's scanner and without its
/// per-token garbage. It never guesses: anything else (multi-line or block scalars, anchors,
/// aliases, tags, directives, document markers, tabs, empty values, a byte-order mark, any syntax
/// error) makes it give up, and YamlDotNet reads the file instead and reports what is wrong. What
/// it accepts it must read exactly as YamlDotNet does — the same nodes, values and spans — which
/// SimpleYamlReaderTests check on the yaml-test-suite, on every example and on mutated files.
/// </summary>
internal sealed class SimpleYamlReader
{
    private const int None = -1;

    // The reader recurses once per level; deeper files go to YamlDotNet, whose builder is iterative.
    private const int MaxNesting = 64;

    private readonly string _s;
    private readonly YamlTreeBuilder _tree;
    private StringBuilder? _unescaped;

    // The first content character of the next line that holds any (past blank and comment lines), and its column; None at the end.
    private int _next;
    private int _nextIndent;

    private SimpleYamlReader(string text, YamlTreeBuilder tree)
    {
        _s = text;
        _tree = tree;
    }

    /// <summary>Reads <paramref name="text"/> into <paramref name="tree"/>; false when the text is not in the simple form (the builder is then to be thrown away).</summary>
    public static bool TryRead(string text, YamlTreeBuilder tree) => new SimpleYamlReader(text, tree).Read();

    private bool Read()
    {
        if (!OnlyPlainCharacters() || !FindContent(0))
        {
            return false;
        }

        if (_next == None || !BlockCollection(_next, _nextIndent))
        {
            return false;
        }

        return _next == None;
    }

    /// <summary>Printable characters and LF/CRLF line breaks only: no tab, control, lone CR, byte-order mark, YAML 1.1 line break or broken surrogate pair.</summary>
    private bool OnlyPlainCharacters()
    {
        var span = _s.AsSpan();
        var i = 0;
        while (true)
        {
            i = FirstNotPrintableAscii(span, i);
            if (i >= span.Length)
            {
                return true;
            }

            var c = span[i];
            if (c == '\n')
            {
                i++;
            }
            else if (c == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i += 2;
            }
            else if (c >= '\u00A0' && !char.IsSurrogate(c) && c != '\uFEFF' && c != '\u2028' && c != '\u2029' && c < '\uFFFE')
            {
                i++;
            }
            else
            {
                return false;
            }
        }
    }

    private static int FirstNotPrintableAscii(ReadOnlySpan<char> span, int from)
    {
#if NET
        var k = span.Slice(from).IndexOfAnyExceptInRange(' ', '~');
        return k < 0 ? span.Length : from + k;
#else
        while (from < span.Length && span[from] >= ' ' && span[from] <= '~')
        {
            from++;
        }

        return from;
#endif
    }

    /// <summary>Moves <see cref="_next"/> to the first line at or after <paramref name="lineStart"/> with content; false at a document marker.</summary>
    private bool FindContent(int lineStart)
    {
        var i = lineStart;
        while (i < _s.Length)
        {
            var indent = 0;
            while (i + indent < _s.Length && _s[i + indent] == ' ')
            {
                indent++;
            }

            var c = i + indent;
            if (c >= _s.Length)
            {
                break;
            }

            if (_s[c] == '\n' || _s[c] == '\r' || _s[c] == '#')
            {
                i = NextLine(c);
                continue;
            }

            if (indent == 0 && (StartsWith(c, "---") || StartsWith(c, "...")))
            {
                return false;
            }

            _next = c;
            _nextIndent = indent;
            return true;
        }

        _next = None;
        _nextIndent = None;
        return true;
    }

    private bool BlockCollection(int at, int indent) =>
        IsSequenceEntry(at) ? BlockSequence(at, indent) : BlockMapping(at, indent);

    private bool BlockMapping(int at, int indent)
    {
        if (!Open(isMapping: true, isFlow: false, at))
        {
            return false;
        }

        while (true)
        {
            if (IsSequenceEntry(at) || !Key(at, out var afterColon) || !MappingValue(afterColon, indent))
            {
                return false;
            }

            if (_next == None || _nextIndent < indent)
            {
                break;
            }

            if (_nextIndent > indent)
            {
                return false;
            }

            at = _next;
        }

        _tree.Close(0);
        return true;
    }

    private bool BlockSequence(int at, int indent)
    {
        if (!Open(isMapping: false, isFlow: false, at))
        {
            return false;
        }

        while (true)
        {
            // "- value", "- key: value" (a mapping whose keys line up under the first), nothing else.
            var value = SkipSpaces(at + 1);
            if (value == at + 1 || AtLineEnd(value) || _s[value] == '#' || IsSequenceEntry(value))
            {
                return false;
            }

            if (KeyFollows(value))
            {
                if (!BlockMapping(value, indent + (value - at)))
                {
                    return false;
                }
            }
            else if (!InlineValue(value, indent))
            {
                return false;
            }

            if (_next == None || _nextIndent < indent)
            {
                break;
            }

            if (_nextIndent > indent)
            {
                return false;
            }

            if (!IsSequenceEntry(_next))
            {
                // Back to the mapping whose key holds this sequence at the key's own column.
                break;
            }

            at = _next;
        }

        _tree.Close(0);
        return true;
    }

    /// <summary>The value after "key:" of a block mapping at <paramref name="indent"/>: on the same line, or a collection on the lines below.</summary>
    private bool MappingValue(int afterColon, int indent)
    {
        var value = SkipSpaces(afterColon);
        if (!AtLineEnd(value) && _s[value] != '#')
        {
            return InlineValue(value, indent);
        }

        if (!FindContent(NextLine(value)) || _next == None)
        {
            return false;
        }

        if (_nextIndent > indent)
        {
            return BlockCollection(_next, _nextIndent);
        }

        // "key:" then "- item" at the key's own column is a sequence too; anything else leaves the value empty.
        return _nextIndent == indent && IsSequenceEntry(_next) && BlockSequence(_next, indent);
    }

    /// <summary>A scalar or flow collection that ends its line, the value of a collection at <paramref name="indent"/>; no line below may be indented deeper (a continuation).</summary>
    private bool InlineValue(int at, int indent)
    {
        int end;
        switch (_s[at])
        {
            case '"':
            case '\'':
                if (!Quoted(at, isKey: false, out end))
                {
                    return false;
                }

                break;
            case '[':
            case '{':
                if (!Flow(at, out end))
                {
                    return false;
                }

                break;
            default:
                if (!BlockPlain(at, out end))
                {
                    return false;
                }

                break;
        }

        return EndOfLine(end) && FindContent(NextLine(LineEnd(end))) && (_next == None || _nextIndent <= indent);
    }

    /// <summary>A plain scalar in block context that ends at the end of its line or at a comment; "a: b" inside one is a mapping, not handled here.</summary>
    private bool BlockPlain(int at, out int end)
    {
        end = at;
        if (!CanStartPlain(at, flow: false))
        {
            return false;
        }

        var i = at;
        var last = at;
        while (!AtLineEnd(i))
        {
            var c = _s[i];
            if (c == ':' && (AtLineEnd(i + 1) || _s[i + 1] == ' '))
            {
                return false;
            }

            if (c == '#' && _s[i - 1] == ' ')
            {
                break;
            }

            if (c != ' ')
            {
                last = i + 1;
            }

            i++;
        }

        end = last;
        _tree.ScalarOfText(at, end, isPlain: true, at, end);
        return true;
    }

    /// <summary>A block mapping key on one line — plain or quoted — then ':' and a space or the line's end; emits the key.</summary>
    private bool Key(int at, out int afterColon)
    {
        afterColon = at;
        int end;
        if (_s[at] == '"' || _s[at] == '\'')
        {
            if (!Quoted(at, isKey: true, out end))
            {
                return false;
            }

            var colon = SkipSpaces(end);
            if (colon >= _s.Length || _s[colon] != ':' || !(AtLineEnd(colon + 1) || _s[colon + 1] == ' '))
            {
                return false;
            }

            afterColon = colon + 1;
            return true;
        }

        if (!CanStartPlain(at, flow: false))
        {
            return false;
        }

        var i = at;
        var last = at;
        while (true)
        {
            if (AtLineEnd(i) || (_s[i] == '#' && _s[i - 1] == ' '))
            {
                return false;
            }

            var c = _s[i];
            if (c == ':' && (AtLineEnd(i + 1) || _s[i + 1] == ' '))
            {
                break;
            }

            if (c != ' ')
            {
                last = i + 1;
            }

            i++;
        }

        end = last;
        if (end - at > 1024)
        {
            return false;
        }

        _tree.ScalarOfText(at, end, isPlain: true, at, end);
        afterColon = i + 1;
        return true;
    }

    /// <summary>Whether the line from <paramref name="at"/> starts with a mapping key (so "- key: value" opens a mapping).</summary>
    private bool KeyFollows(int at)
    {
        var i = at;
        if (_s[i] == '"' || _s[i] == '\'')
        {
            var quote = _s[i++];
            while (!AtLineEnd(i) && _s[i] != quote)
            {
                i += _s[i] == '\\' && quote == '"' && !AtLineEnd(i + 1) ? 2 : 1;
            }

            i = SkipSpaces(i + 1);
            return i < _s.Length && _s[i] == ':';
        }

        while (!AtLineEnd(i))
        {
            if (_s[i] == ':' && (AtLineEnd(i + 1) || _s[i + 1] == ' '))
            {
                return true;
            }

            if (_s[i] == '#' && i > at && _s[i - 1] == ' ')
            {
                return false;
            }

            i++;
        }

        return false;
    }

    private bool Flow(int at, out int end)
    {
        end = at;
        var isMapping = _s[at] == '{';
        if (!Open(isMapping, isFlow: true, at))
        {
            return false;
        }

        var close = isMapping ? '}' : ']';
        var i = SkipSpaces(at + 1);
        if (i < _s.Length && _s[i] == close)
        {
            end = i + 1;
            _tree.Close(end);
            return true;
        }

        while (true)
        {
            if (isMapping)
            {
                if (!FlowNode(i, isKey: true, out i))
                {
                    return false;
                }

                i = SkipSpaces(i);
                if (i + 1 >= _s.Length || _s[i] != ':' || _s[i + 1] != ' ')
                {
                    return false;
                }

                i = SkipSpaces(i + 1);
            }

            if (!FlowNode(i, isKey: false, out i))
            {
                return false;
            }

            i = SkipSpaces(i);
            if (i >= _s.Length)
            {
                return false;
            }

            if (_s[i] == close)
            {
                end = i + 1;
                _tree.Close(end);
                return true;
            }

            if (_s[i] != ',')
            {
                return false;
            }

            i = SkipSpaces(i + 1);
            if (i >= _s.Length || _s[i] == close)
            {
                return false;
            }
        }
    }

    private bool FlowNode(int at, bool isKey, out int end)
    {
        end = at;
        if (AtLineEnd(at))
        {
            return false;
        }

        switch (_s[at])
        {
            case '"':
            case '\'':
                return Quoted(at, isKey, out end);
            case '[':
            case '{':
                return !isKey && Flow(at, out end);
        }

        if (!CanStartPlain(at, flow: true))
        {
            return false;
        }

        // A plain scalar inside brackets ends at ',', a closing bracket or ": "; one with any other
        // flow indicator or colon is left to YamlDotNet, as is one that goes on to the next line.
        var i = at;
        var last = at;
        while (true)
        {
            if (AtLineEnd(i))
            {
                return false;
            }

            var c = _s[i];
            if (c == ',' || c == ']' || c == '}' || (c == ':' && isKey && i + 1 < _s.Length && _s[i + 1] == ' '))
            {
                break;
            }

            if (c == ':' || c == '[' || c == '{' || (c == '#' && _s[i - 1] == ' '))
            {
                return false;
            }

            if (c != ' ')
            {
                last = i + 1;
            }

            i++;
        }

        end = last;
        _tree.ScalarOfText(at, end, isPlain: true, at, end);
        return true;
    }

    /// <summary>A quoted scalar closed on its own line; escapes YAML defines but fact files never need are left to YamlDotNet.</summary>
    private bool Quoted(int at, bool isKey, out int end)
    {
        end = at;
        var quote = _s[at];
        var i = at + 1;
        var runStart = i;
        var sb = (StringBuilder?)null;
        while (true)
        {
            if (AtLineEnd(i))
            {
                return false;
            }

            var c = _s[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < _s.Length && _s[i + 1] == '\'')
                {
                    sb = Begin(sb, runStart, i + 1);
                    i += 2;
                    runStart = i;
                    continue;
                }

                break;
            }

            if (c == '\\' && quote == '"')
            {
                sb = Begin(sb, runStart, i);
                if (!Escape(i + 1, sb, out i))
                {
                    return false;
                }

                runStart = i;
                continue;
            }

            i++;
        }

        end = i + 1;
        if (sb == null)
        {
            _tree.ScalarOfText(at + 1, i, isPlain: false, at, end);
        }
        else
        {
            _tree.Scalar(sb.Append(_s, runStart, i - runStart).ToString(), isPlain: false, isKey, at, end);
        }

        return true;
    }

    private StringBuilder Begin(StringBuilder? sb, int runStart, int upTo)
    {
        if (sb == null)
        {
            sb = _unescaped ??= new StringBuilder();
            sb.Clear();
        }

        return sb.Append(_s, runStart, upTo - runStart);
    }

    private bool Escape(int at, StringBuilder sb, out int next)
    {
        next = at + 1;
        if (AtLineEnd(at))
        {
            return false;
        }

        switch (_s[at])
        {
            case '\\': sb.Append('\\'); return true;
            case '"': sb.Append('"'); return true;
            case '/': sb.Append('/'); return true;
            case 'n': sb.Append('\n'); return true;
            case 't': sb.Append('\t'); return true;
            case 'r': sb.Append('\r'); return true;
            case '0': sb.Append('\0'); return true;
            case 'b': sb.Append('\b'); return true;
            case 'f': sb.Append('\f'); return true;
            case 'u':
                next = at + 5;
                if (!TryHex(at + 1, 4, out var code) || (code >= 0xD800 && code <= 0xDFFF))
                {
                    return false;
                }

                sb.Append((char)code);
                return true;
            default:
                return false;
        }
    }

    private bool TryHex(int at, int digits, out int value)
    {
        value = 0;
        if (at + digits > _s.Length)
        {
            return false;
        }

        for (var i = at; i < at + digits; i++)
        {
            var c = _s[i];
            var d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
            {
                return false;
            }

            value = (value * 16) + d;
        }

        return true;
    }

    /// <summary>Whether a plain scalar may start here: not at an indicator ("- " and the like, anchors, tags, block scalars, quotes, reserved characters).</summary>
    private bool CanStartPlain(int at, bool flow)
    {
        var c = _s[at];
        switch (c)
        {
            case '-':
                return !AtLineEnd(at + 1) && _s[at + 1] != ' ' && !(flow && IsFlowIndicator(_s[at + 1]));
            case '?':
            case ':':
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '#':
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '\'':
            case '"':
            case '%':
            case '@':
            case '`':
            case ' ':
                return false;
            default:
                return true;
        }
    }

    private static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

    /// <summary>Whether only spaces, then a comment or nothing, follow on the line.</summary>
    private bool EndOfLine(int at)
    {
        var i = SkipSpaces(at);
        return AtLineEnd(i) || (_s[i] == '#' && i > at);
    }

    private bool Open(bool isMapping, bool isFlow, int at) =>
        _tree.Depth < Math.Min(_tree.MaxDepth, MaxNesting) && _tree.Open(isMapping, isFlow, at);

    private bool IsSequenceEntry(int at) => _s[at] == '-' && (AtLineEnd(at + 1) || _s[at + 1] == ' ');

    private bool AtLineEnd(int i) => i >= _s.Length || _s[i] == '\n' || _s[i] == '\r';

    private int SkipSpaces(int i)
    {
        while (i < _s.Length && _s[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>The index of the line break (or the end) at or after <paramref name="i"/>.</summary>
    private int LineEnd(int i)
    {
        var k = _s.AsSpan(i).IndexOfAny('\n', '\r');
        return k < 0 ? _s.Length : i + k;
    }

    /// <summary>The start of the line after the one holding <paramref name="i"/>.</summary>
    private int NextLine(int i)
    {
        var k = _s.AsSpan(i).IndexOf('\n');
        return k < 0 ? _s.Length : i + k + 1;
    }

    private bool StartsWith(int at, string what) => string.CompareOrdinal(_s, at, what, 0, what.Length) == 0;
}
