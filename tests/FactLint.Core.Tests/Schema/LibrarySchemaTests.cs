using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactLint.Config;
using FactLint.FileSystem;
using FactLint.Schema;
using FactLint.Schema.Library;
using FactLint.Syntax;

namespace FactLint.Tests.Schema;

/// <summary>
/// Workspace schemas FactLint's own validator refuses run on JsonSchema.Net: each finding must
/// still point at the smallest YAML node at fault and read as FactLint's own would.
/// </summary>
public sealed class LibrarySchemaTests
{
    /// <summary>A newsroom's desk schema that needs unevaluatedProperties (allOf of a shared base), which FactLint's validator does not implement.</summary>
    private const string DeskSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "fact file",
          "allOf": [ { "$ref": "#/$defs/base" } ],
          "properties": {
            "desk": { "enum": ["politics", "courts", "regions"] },
            "editor": { "type": "string", "pattern": "^\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+$" },
            "embargo": { "errorMessage": "An embargo is a date written YYYY-MM-DD, such as 2019-05-20.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" },
            "contact": { "anyOf": [ { "type": "string", "format": "email" }, { "type": "object", "required": ["name", "phone"] } ] }
          },
          "unevaluatedProperties": false,
          "$defs": { "base": { "properties": { "factlint": { "const": 1 }, "sources": true, "claims": true }, "required": ["factlint", "desk"] } }
        }
        """;

    private static IDocumentSchema Desk() => WorkspaceSchemas.Load(DeskSchema);

    private static (YamlSyntaxTree Tree, SchemaError[] Errors) Check(string yaml, IDocumentSchema? schema = null)
    {
        var tree = YamlParser.Parse(yaml);
        return (tree, (schema ?? Desk()).Validate(tree.Root).ToArray());
    }

    private static string At(YamlSyntaxTree tree, SchemaError e) => tree.Text.ToString(e.Span);

    [Fact]
    public void A_schema_the_own_validator_refuses_runs_on_JsonSchema_Net()
    {
        Assert.IsType<LibrarySchema>(Desk());
        Assert.IsType<JsonSchema>(WorkspaceSchemas.Load("""{"properties": {"desk": {"enum": ["courts"]}}}"""));
    }

    [Fact]
    public void A_valid_file_has_no_errors()
    {
        var (_, errors) = Check("factlint: 1\ndesk: courts\neditor: Dilnoza Rahimova\nembargo: 2019-05-20\ncontact: {name: Desk, phone: '1'}\nsources: []\n");
        Assert.Empty(errors);
    }

    [Fact]
    public void An_unknown_key_is_underlined_at_the_key_and_named()
    {
        var (tree, errors) = Check("factlint: 1\ndesk: courts\nedtior: Dilnoza Rahimova\n");
        var e = Assert.Single(errors);
        Assert.Equal("edtior", At(tree, e));
        Assert.Equal("Unknown key 'edtior' in a fact file. Did you mean 'editor'?", e.Message);
    }

    [Fact]
    public void A_failed_assertion_reads_as_FactLint_s_own_at_the_value()
    {
        var (tree, errors) = Check("factlint: 1\ndesk: sport\n");
        var e = Assert.Single(errors);
        Assert.Equal("sport", At(tree, e));
        Assert.Equal(WorkspaceSchemas.Load("""{"enum": ["politics", "courts", "regions"]}""").Validate(e.Node).Single().Message, e.Message);
        Assert.Contains("use one of: politics, courts, regions.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_key_points_at_the_mapping_it_belongs_in()
    {
        // The base's failure drops its annotations, so by the letter of 2020-12 'factlint' and 'sources' become unevaluated too;
        // they are keys the schema declares, so only the missing key is reported.
        var (tree, errors) = Check("factlint: 1\nsources: []\n");
        var e = Assert.Single(errors);
        Assert.Equal("required", e.Keyword);
        Assert.Contains("'desk'", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, tree.Text.Lines.GetLinePosition(e.Span.Start).Line);
    }

    [Fact]
    public void An_unknown_key_beside_another_error_is_still_reported()
    {
        var (tree, errors) = Check("factlint: 1\nsources: []\ndeks: courts\n");
        Assert.Equal(new[] { "required", "unevaluatedProperties" }, errors.Select(e => e.Keyword).OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("deks", At(tree, errors.Single(e => e.Keyword == "unevaluatedProperties")));
    }

    [Fact]
    public void ErrorMessage_replaces_what_fails_beneath_it()
    {
        var (tree, errors) = Check("factlint: 1\ndesk: courts\nembargo: 20 May 2019\n");
        var e = Assert.Single(errors);
        Assert.Equal("20 May 2019", At(tree, e));
        Assert.Equal("An embargo is a date written YYYY-MM-DD, such as 2019-05-20.", e.Message);
    }

    [Fact]
    public void A_failed_anyOf_reports_the_branch_that_came_closest()
    {
        var (tree, errors) = Check("factlint: 1\ndesk: courts\ncontact:\n  name: Desk\n");
        var e = Assert.Single(errors);
        Assert.Equal("required", e.Keyword);
        Assert.Contains("'phone'", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("name", At(tree, e), StringComparison.Ordinal);

        (tree, errors) = Check("factlint: 1\ndesk: courts\ncontact: 5\n");
        e = Assert.Single(errors);
        Assert.Equal("5", At(tree, e));
        Assert.StartsWith("Expected text or a mapping", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("found the number 5.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dilnoza Rahimova", true)]
    [InlineData("Ölmez Çelik", true)]
    [InlineData("dilnoza rahimova", false)]
    public void Patterns_read_the_ECMA_262_way_on_the_library_too(string editor, bool valid)
    {
        var (_, errors) = Check($"factlint: 1\ndesk: courts\neditor: {editor}\n");
        Assert.Equal(valid, errors.Length == 0);
    }

    [Fact]
    public void A_dollar_does_not_match_before_a_final_line_break_on_the_library_either()
    {
        var (_, errors) = Check("factlint: 1\ndesk: courts\nembargo: |\n  2019-05-20\n");
        Assert.Single(errors);
    }

    [Fact]
    public void A_pattern_that_would_backtrack_without_end_runs_in_linear_time_and_gives_its_answer()
    {
        var schema = WorkspaceSchemas.Load("""{"unevaluatedProperties": false, "properties": {"q": {"pattern": "^(a+)+$"}}}""");
        var started = DateTime.UtcNow;
        var (_, errors) = Check("q: " + new string('a', 40) + "!\n", schema);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        var e = Assert.Single(errors);
        Assert.Contains("does not match the required pattern ^(a+)+$", e.Message, StringComparison.Ordinal);
        Assert.Empty(Check("q: " + new string('a', 40) + "\n", schema).Errors);
    }

    [Fact]
    public void A_pattern_only_the_backtracking_engine_runs_is_still_stopped_and_said()
    {
        // A backreference: the linear-time engine refuses it, so the time limit guards it.
        var schema = WorkspaceSchemas.Load("""{"unevaluatedProperties": false, "properties": {"q": {"pattern": "^(a+)+\\1$"}}}""");
        var started = DateTime.UtcNow;
        var (_, errors) = Check("q: " + new string('a', 40) + "!\n", schema);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        var e = Assert.Single(errors);
        Assert.Contains("took too long", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_nested_aliases_is_refused_not_expanded()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        // The parser's own bound (a million nodes once aliases are expanded) comes first; past a looser one, the schema's bound holds.
        var tree = YamlParser.Parse(yaml.ToString(), new ParseLimits { MaxExpandedNodes = long.MaxValue });
        var schema = WorkspaceSchemas.Load("""{"unevaluatedProperties": true}""");
        var e = Assert.Single(schema.Validate(tree.Root));
        Assert.Contains("too large", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"unevaluatedProperties": false, "$ref": "https://example.org/desk.json"}""", "'https://example.org/desk.json' ($ref at #)")]
    [InlineData("""{"$dynamicRef": "other.json#meta"}""", "($dynamicRef at #)")]
    [InlineData("""{"$schema": "https://example.org/my-meta", "unevaluatedItems": false}""", "meta-schema 'https://example.org/my-meta'")]
    public void What_needs_another_document_is_refused_saying_nothing_is_fetched(string schema, string named)
    {
        var ex = Assert.Throws<SchemaNotSupportedException>(() => WorkspaceSchemas.Load(schema));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.Contains("fetch", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_resource_is_not_another_document()
    {
        var schema = WorkspaceSchemas.Load("""
            {"$id": "https://newsroom.example/desk.json", "$ref": "person.json",
             "$defs": {"p": {"$id": "person.json", "type": "object", "required": ["name"]}}}
            """);
        Assert.IsType<LibrarySchema>(schema);
        Assert.Single(Check("role: editor\n", schema).Errors);
        Assert.Empty(Check("name: Gulmurod Khalimov\n", schema).Errors);
    }

    [Fact]
    public void A_pattern_that_is_not_a_regular_expression_is_refused_with_the_pattern_quoted()
    {
        var ex = Assert.Throws<SchemaLoadException>(() => WorkspaceSchemas.Load("""{"unevaluatedProperties": false, "properties": {"q": {"pattern": "^(abc"}}}"""));
        Assert.StartsWith("The pattern '^(abc' is not a valid regular expression: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("; correct it in the schema.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_04_schema_with_what_neither_validator_has_is_refused_by_FactLint_s_reason()
    {
        var ex = Assert.Throws<SchemaNotSupportedException>(() => WorkspaceSchemas.Load("""{"$schema": "http://json-schema.org/draft-04/schema#", "unevaluatedProperties": false}"""));
        Assert.Contains("'unevaluatedProperties'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_schema_in_factlint_yaml_loads_and_a_refused_one_is_a_finding_at_its_line()
    {
        var files = new System.Collections.Generic.Dictionary<string, string>
        {
            ["desk.json"] = DeskSchema,
            ["remote.json"] = """{"$ref": "https://example.org/x.json", "unevaluatedProperties": false}""",
        };
        var result = ConfigLoader.Load(Microsoft.CodeAnalysis.Text.SourceText.From("schemas:\n  - desk.json\n  - remote.json\n"), path => FileContent.Read(Encoding.UTF8.GetBytes(files[path])), Array.Empty<string>());
        Assert.IsType<LibrarySchema>(Assert.Single(result.Config.Schemas).Schema);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("FL1002", d.Id);
        Assert.Equal(2, d.Location.LineSpan.Start.Line);
        Assert.Contains("nothing", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_may_validate_with_one_schema_at_once()
    {
        var schema = Desk();
        var yamls = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? $"factlint: 1\ndesk: courts\nextra{i}: x\n" : "factlint: 1\ndesk: courts\n").ToArray();
        var counts = new int[yamls.Length];
        Parallel.For(0, yamls.Length, i => counts[i] = schema.Validate(YamlParser.Parse(yamls[i]).Root).Count);
        Assert.All(Enumerable.Range(0, yamls.Length), i => Assert.Equal(i % 2 == 0 ? 1 : 0, counts[i]));
    }

    [Fact]
    public void Format_is_checked_only_when_factlint_yaml_asks()
    {
        const string Schema = """{"properties": {"embargo": {"type": "string", "format": "date"}}}""";
        ConfigLoadResult Load(string config) => ConfigLoader.Load(Microsoft.CodeAnalysis.Text.SourceText.From(config), _ => FileContent.Read(Encoding.UTF8.GetBytes(Schema)), Array.Empty<string>());
        const string Yaml = "embargo: 2019-02-30\n";

        var annotating = Assert.Single(Load("schemas: [desk.json]\n").Config.Schemas).Schema;
        Assert.IsType<JsonSchema>(annotating);
        Assert.Empty(Check(Yaml, annotating).Errors);

        var asserting = Load("schemas: [desk.json]\nschema_format: assert\n");
        Assert.Empty(asserting.Diagnostics);
        var (tree, errors) = Check(Yaml, Assert.Single(asserting.Config.Schemas).Schema);
        var e = Assert.Single(errors);
        Assert.Equal("2019-02-30", At(tree, e));
        Assert.Equal("Text '2019-02-30' is not in the form 'date' the schema asks for; write it as a valid date.", e.Message);

        var wrong = Assert.Single(Load("schemas: [desk.json]\nschema_format: strict\n").Diagnostics);
        Assert.Equal("FL1002", wrong.Id);
        Assert.Contains("use one of: annotate, assert", wrong.Message, StringComparison.Ordinal);
    }
}
