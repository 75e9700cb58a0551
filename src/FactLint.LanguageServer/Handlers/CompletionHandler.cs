using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;
using FactLint.Model;
using Microsoft.CodeAnalysis.Text;
using FactLint.Text;

namespace FactLint.LanguageServer.Handlers;

/// <summary>
/// Completes ids where a key expects one (<c>source:</c>, <c>subject:</c>, <c>relies_on: [</c>, a
/// <c>- </c> item under <c>distinct_from:</c>, ...) and the values of enumerations. It reads the
/// line being typed rather than the tree, because the text is usually not valid YAML yet.
/// </summary>
public sealed partial class CompletionHandler
{
    private static readonly Dictionary<string, (string Value, string Doc)[]> Enumerations = new(StringComparer.Ordinal)
    {
        ["entities.type"] = new[]
        {
            ("person", "A named individual."),
            ("organization", "A company, agency, ministry, outlet or NGO."),
            ("place", "A country, town, prison or other location."),
            ("event", "Something that happened: give it a `date` and a `place`."),
            ("group", "An unnamed or collective set of people (\"inmates\", \"guards\")."),
            ("other", "Anything else."),
        },
        ["properties.type"] = new[]
        {
            ("quantity", "A number compared as an interval (exact, approximate, at least, a range)."),
            ("date", "A date or date range, compared as intervals of days."),
            ("entity", "The id of another entity."),
            ("text", "Free text, compared after folding case, accents and quotes."),
            ("boolean", "true or false."),
        },
        ["kind"] = new[]
        {
            ("news", "A news outlet's report."),
            ("official", "A government or official body's statement."),
            ("ngo", "A non-governmental organisation's report."),
            ("social", "A post on social media."),
            ("academic", "A paper or book."),
            ("other", "Anything else."),
        },
        ["rank"] = new[]
        {
            ("preferred", "The best-supported claim: it resolves its group (no conflict warning), and the others are checked against it."),
            ("normal", "The default: compared with every other claim of its group."),
            ("deprecated", "Known to be wrong or superseded: kept as a record, left out of every comparison."),
        },
    };

    private static readonly Dictionary<string, ReferenceTarget> IdKeys = new(StringComparer.Ordinal)
    {
        ["source"] = ReferenceTarget.Source,
        ["relies_on"] = ReferenceTarget.Source,
        ["subject"] = ReferenceTarget.Entity,
        ["attributed_to"] = ReferenceTarget.Entity,
        ["distinct_from"] = ReferenceTarget.Entity,
        ["place"] = ReferenceTarget.Entity,
        ["property"] = ReferenceTarget.Property,
        ["sum_of"] = ReferenceTarget.Property,
    };

    private readonly WorkspaceSession _session;

    public CompletionHandler(WorkspaceSession session) => _session = session;

    public async Task<CompletionList> CompleteAsync(CompletionParams p, CancellationToken cancellationToken)
    {
        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (open, project, doc) = _session.Current(p.TextDocument.Uri);
            var list = new CompletionList();
            var text = open?.Text ?? doc?.Text;
            if (text == null)
            {
                return list;
            }

            var offset = TextChanges.ToOffset(text, p.Position);
            if (Context(text, offset) is not (string key, TextSpan replace, string section))
            {
                return list;
            }

            var range = TextChanges.ToRange(text, replace);
            if (IdKeys.TryGetValue(key, out var target))
            {
                foreach (var item in Ids(project, target, key == "place"))
                {
                    item.TextEdit = new TextEdit { Range = range, NewText = item.Label };
                    list.Items.Add(item);
                }
            }
            else if (Enumerations.TryGetValue(key == "type" ? section + ".type" : key, out var values))
            {
                var i = 0;
                foreach (var (value, meaning) in values)
                {
                    list.Items.Add(new CompletionItem
                    {
                        Label = value,
                        Kind = CompletionItemKind.EnumMember,
                        Documentation = new MarkupContent { Kind = MarkupKind.Markdown, Value = meaning },
                        SortText = (i++).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                        TextEdit = new TextEdit { Range = range, NewText = value },
                    });
                }
            }

            return list;
        }
    }

    /// <summary>The key whose value is being typed, the span of the partial value to replace, and the top-level section it is in.</summary>
    public static (string Key, TextSpan Replace, string Section)? Context(SourceText text, int offset)
    {
        var line = LineMap.Of(text).Line(offset);
        var before = text.ToString(TextSpan.FromBounds(line.Start, offset));
        var match = KeyValueLine().Match(before);
        string key;
        if (match.Success)
        {
            key = match.Groups["key"].Value;
        }
        else if (ListItemLine().Match(before) is { Success: true } item)
        {
            // "  - partial": the key is on the nearest line above that is less indented and ends with "key:".
            var indent = item.Groups["indent"].Length;
            key = string.Empty;
            for (var n = line.LineNumber - 1; n >= 0 && n >= line.LineNumber - 200; n--)
            {
                var above = LineMap.Of(text).LineAt(n).ToString();
                var trimmed = above.TrimStart();
                if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                {
                    continue;
                }

                var aboveIndent = above.Length - trimmed.Length;
                if (aboveIndent < indent || (aboveIndent == indent && !trimmed.StartsWith('-')))
                {
                    key = BareKeyLine().Match(above) is { Success: true } k ? k.Groups["key"].Value : string.Empty;
                    break;
                }
            }

            if (key.Length == 0)
            {
                return null;
            }

            match = item;
        }
        else
        {
            return null;
        }

        var partial = match.Groups["partial"];
        var start = line.Start + partial.Index;
        var end = offset;
        while (end < line.End && IsIdChar(text[end]))
        {
            end++;
        }

        return (key, TextSpan.FromBounds(start, end), Section(text, line.LineNumber));
    }

    private static string Section(SourceText text, int lineNumber)
    {
        for (var n = lineNumber; n >= 0; n--)
        {
            if (SectionLine().Match(LineMap.Of(text).LineAt(n).ToString()) is { Success: true } m)
            {
                return m.Groups["section"].Value;
            }
        }

        return string.Empty;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    private static IEnumerable<CompletionItem> Ids(FactProject project, ReferenceTarget target, bool placesFirst)
    {
        var index = project.Corpus.Index;
        if (target == ReferenceTarget.Property)
        {
            foreach (var id in index.PropertyIds().Distinct(StringComparer.Ordinal))
            {
                var declarations = index.PropertyDeclarations(id);
                var declaration = declarations.Count > 0 ? declarations[0] : null;
                var type = declaration?.Record.GetScalar("type")?.Value;
                var unit = declaration?.Record.GetScalar("unit")?.Value;
                yield return new CompletionItem
                {
                    Label = id,
                    Kind = CompletionItemKind.Property,
                    Detail = declaration == null ? "property (not declared)" : $"property · {type ?? "untyped"}{(unit != null ? " · " + unit : string.Empty)}",
                };
            }

            yield break;
        }

        var kind = target == ReferenceTarget.Source ? RecordKind.Source : RecordKind.Entity;
        foreach (var pair in index.AllRecords)
        {
            var definition = pair.Value.FirstOrDefault(d => d.Kind == kind);
            if (definition == null)
            {
                continue;
            }

            var record = definition.Record;
            if (kind == RecordKind.Source)
            {
                var title = record.GetScalar("title")?.Value;
                var publisher = record.GetScalar("publisher")?.Value;
                var date = record.GetScalar("published")?.Value;
                yield return new CompletionItem
                {
                    Label = pair.Key,
                    Kind = CompletionItemKind.Reference,
                    Detail = string.Join(", ", new[] { publisher, date }.Where(x => x != null)),
                    Documentation = title == null ? null : new MarkupContent { Kind = MarkupKind.Markdown, Value = $"**{title}**\n\n{definition.Path}" },
                    FilterText = pair.Key + " " + title + " " + publisher,
                };
            }
            else
            {
                var name = record.GetScalar("name")?.Value;
                var type = record.GetScalar("type")?.Value;
                yield return new CompletionItem
                {
                    Label = pair.Key,
                    Kind = type == "event" ? CompletionItemKind.Event : CompletionItemKind.Value,
                    Detail = name == null ? type : $"{name} · {type}",
                    FilterText = pair.Key + " " + name,
                    SortText = (placesFirst && type == "place" ? "0" : "1") + pair.Key,
                };
            }
        }
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?:-\s+)*(?<key>[A-Za-z_][A-Za-z0-9_]*):\s+(?:\[(?:[^\]]*,\s*)?)?(?<partial>[A-Za-z0-9._-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValueLine();

    [GeneratedRegex(@"^(?<indent>\s*)-\s+(?<partial>[A-Za-z0-9._-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemLine();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s*(#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareKeyLine();

    [GeneratedRegex(@"^(?<section>sources|entities|properties|claims):", RegexOptions.CultureInvariant)]
    private static partial Regex SectionLine();
}
