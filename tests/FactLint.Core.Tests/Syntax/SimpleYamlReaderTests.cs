using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FactLint.Syntax;
using FactLint.Tests.Support;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Tests.Syntax;

/// <summary>
/// The simple reader may decline any text, but what it reads it must read exactly as YamlDotNet:
/// the same nodes, values, types, styles and spans, the same comments and errors. Checked on the
/// yaml-test-suite, on every YAML file of the repository, on tens of thousands of mutations of
/// them and on generated documents full of the characters that change YAML's meaning.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    [Fact]
    public void What_it_reads_of_the_yaml_test_suite_it_reads_as_YamlDotNet()
    {
        var path = SharedData.Require("conformance/yaml-test-suite/yaml-test-suite.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        int cases = 0, read = 0, readOfErrorCases = 0;
        foreach (var test in doc.RootElement.EnumerateArray())
        {
            var yaml = test.GetProperty("in_yaml").GetString()!;
            cases++;
            if (Check(yaml, test.GetProperty("name").GetString()!))
            {
                read++;
                if (test.GetProperty("error").GetBoolean())
                {
                    readOfErrorCases++;
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"simple YAML reader: read {read} of {cases} yaml-test-suite cases as YamlDotNet does, declined the rest");
        Assert.Equal(0, readOfErrorCases);
        Assert.True(read >= 23, $"the simple reader read 23 of the suite's cases when written; it reads only {read} now");
    }

    [Fact]
    public void Every_YAML_file_of_the_repository_reads_as_with_YamlDotNet_and_the_examples_take_the_fast_path()
    {
        var files = Directory.EnumerateFiles(SharedData.RepositoryRoot, "*.y*ml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var declined = new List<string>();
        foreach (var file in files)
        {
            if (!Check(File.ReadAllText(file), file) && file.EndsWith(".facts.yaml", StringComparison.Ordinal) && file.Contains($"{Path.DirectorySeparatorChar}examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                declined.Add(file);
            }
        }

        Assert.True(declined.Count == 0, "example fact files the simple reader declined: " + string.Join(", ", declined));
    }

    [Fact]
    public void Mutations_of_the_examples_read_as_with_YamlDotNet_or_are_declined()
    {
        var examples = Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "examples"), "*.facts.yaml", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var random = new Random(20261203);
        string[] pieces = { " ", "  ", "\n", "\r\n", "\r", "\t", "-", "- ", ":", ": ", "#", " #", "'", "''", "\"", "\\", "\\n", "\\u00e9", "\\x41", "[", "]", "{", "}", ",", "&a", "*a", "!", "|", ">", "?", "%", "@", "`", "---", "...", "é", "\u00A0", "\u2028", "\uFEFF", "\U0001F600", "\0", "0x1F", "1e3", "null", "~", "true", "a: b", "- x", "k:", "\n  ", "\n    - ", "[a, b]", "{a: 1}" };
        int variants = 0, read = 0;
        for (var round = 0; round < 6000; round++)
        {
            var text = new StringBuilder(examples[random.Next(examples.Count)]);
            for (var edits = 1 + random.Next(3); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(3))
                {
                    case 0:
                        text.Insert(at, pieces[random.Next(pieces.Length)]);
                        break;
                    case 1:
                        text.Remove(at, Math.Min(1 + random.Next(4), text.Length - at));
                        break;
                    default:
                        var line = text.ToString().LastIndexOf('\n', Math.Max(0, at - 1));
                        text.Insert(line + 1, random.Next(2) == 0 ? " " : "  ");
                        break;
                }
            }

            variants++;
            if (Check(text.ToString(), $"mutation {round}"))
            {
                read++;
            }
        }

        TestContext.Current.SendDiagnosticMessage($"simple YAML reader: read {read} of {variants} mutated examples as YamlDotNet does, declined the rest");
        Assert.True(read > variants / 4, $"most small mutations leave a readable file; read only {read} of {variants}");
    }

    [Fact]
    public void Generated_block_documents_read_as_with_YamlDotNet_or_are_declined()
    {
        var random = new Random(7);
        string[] words = { "a", "id", "key", "x y", "-1", "-x", "1.5", "0x1F", "null", "~", "true", "No", "a#b", "a #b", "a:b", "a: b", "http://x.org/a?b=c#d", "'q'", "\"q\"", "'it''s'", "\"a\\\"b\"", "\"\\u00e9\\n\"", "\"\\t\"", "é", "日本", "\U0001F600", "[a, b]", "[]", "{}", "{a: 1, b: [x]}", "[a, [b, c]]", "[a,b]", "{a: b,}", "[\"x\", 'y']", "a ", " a", "--", "---", "...", ":", "?", "%x", "@x", "`x`", "a,b", "a]", "a}", "[a", "{a", "\"a", "'a", "- a" };
        int documents = 0, read = 0;
        for (var n = 0; n < 4000; n++)
        {
            var text = new StringBuilder();
            Emit(text, random, words, 0, depth: 0);
            documents++;
            if (Check(text.ToString(), $"generated {n}"))
            {
                read++;
            }
        }

        TestContext.Current.SendDiagnosticMessage($"simple YAML reader: read {read} of {documents} generated documents as YamlDotNet does, declined the rest");
        Assert.True(read > documents / 10, $"read only {read} of {documents} generated documents");
    }

    [Fact]
    public void It_declines_what_it_does_not_handle()
    {
        string[] declined =
        {
            string.Empty, "# only a comment\n", "a\n", "a: b\n  c\n", "a: |\n  x\n", "a: &x 1\nb: *x\n", "a: !t x\n", "%YAML 1.2\n---\na: 1\n",
            "---\na: 1\n", "a: 1\n...\n", "a:\tb\n", "\uFEFFa: 1\n", "a:\n", "- \n", "a: [1,\n  2]\n", "a: \"x\n  y\"\n", "? a\n: b\n", "a: 1\r", "a: \"\\N\"\n",
        };
        foreach (var text in declined)
        {
            Assert.False(SimpleYamlReader.TryRead(text, Builder(text)), $"should decline {JsonSerializer.Serialize(text)}");
        }

        Assert.True(SimpleYamlReader.TryRead("a: 1\r\nb: [x, 'y']  # c\r\n", Builder("a: 1\r\nb: [x, 'y']  # c\r\n")));
    }

    /// <summary>Whether the simple reader read <paramref name="text"/> (then as YamlDotNet does: asserted).</summary>
    private static bool Check(string text, string what)
    {
        var builder = Builder(text);
        bool accepted;
        try
        {
            accepted = SimpleYamlReader.TryRead(text, builder);
        }
        catch (Exception ex)
        {
            Assert.Fail($"{what}: the simple reader threw {ex.GetType().Name} ({ex.Message}) on {JsonSerializer.Serialize(text)}");
            throw;
        }

        if (!accepted)
        {
            return false;
        }

        var expected = YamlParser.ParseWithYamlDotNet(SourceText.From(text));
        var fast = builder.Finish(complete: true);
        var want = Dump(expected);
        var got = Dump(fast);
        if (want != got)
        {
            Assert.Fail($"{what}: the simple reader read {JsonSerializer.Serialize(text)} differently from YamlDotNet.\nYamlDotNet:\n{want}\nsimple reader:\n{got}");
        }

        return true;
    }

    private static YamlTreeBuilder Builder(string text) => new(SourceText.From(text), text, ParseLimits.Default);

    private static void Emit(StringBuilder text, Random random, string[] words, int indent, int depth)
    {
        var pad = new string(' ', indent);
        var asSequence = random.Next(3) == 0;
        for (var i = 1 + random.Next(4); i > 0; i--)
        {
            if (random.Next(12) == 0)
            {
                text.Append(pad).Append("# note").Append('\n');
            }

            if (random.Next(15) == 0)
            {
                text.Append('\n');
            }

            text.Append(pad);
            if (asSequence)
            {
                text.Append("- ");
            }
            else
            {
                text.Append(words[random.Next(words.Length)]).Append(':');
            }

            if (depth < 3 && random.Next(3) == 0)
            {
                text.Append(random.Next(6) == 0 ? " # c" : string.Empty).Append('\n');
                var inner = indent + (random.Next(5) == 0 ? 0 : 2 + random.Next(2));
                Emit(text, random, words, asSequence && inner == indent ? indent + 2 : inner, depth + 1);
                continue;
            }

            text.Append(random.Next(8) == 0 ? "  " : " ").Append(words[random.Next(words.Length)]);
            if (random.Next(8) == 0)
            {
                text.Append(random.Next(2) == 0 ? " # c" : "   ");
            }

            text.Append(random.Next(10) == 0 ? "\r\n" : "\n");
        }
    }

    private static string Dump(YamlSyntaxTree tree)
    {
        var sb = new StringBuilder();
        sb.Append("complete ").Append(tree.IsComplete).Append(" aliases ").Append(tree.HasAliases).Append('\n');
        foreach (var e in tree.Errors)
        {
            sb.Append("error ").Append(e.Span).Append(' ').Append(e.Message).Append('\n');
        }

        foreach (var c in tree.Comments)
        {
            sb.Append("comment ").Append(c.Span).Append('\n');
        }

        foreach (var node in tree.DescendantNodes())
        {
            sb.Append(node.Kind).Append(' ').Append(node.Span).Append(" anchor=").Append(node.Anchor).Append(" tag=").Append(node.Tag);
            switch (node)
            {
                case YamlScalar s:
                    sb.Append(" plain=").Append(s.IsPlain).Append(" type=").Append(s.Type).Append(" value=").Append(JsonSerializer.Serialize(s.Value));
                    break;
                case YamlMapping m:
                    sb.Append(" flow=").Append(m.IsFlow).Append(" entries=").Append(m.Entries.Count);
                    break;
                case YamlSequence q:
                    sb.Append(" flow=").Append(q.IsFlow).Append(" items=").Append(q.Items.Count);
                    break;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
