using System;
using System.Linq;
using System.Text;
using FactLint.Config;
using FactLint.FileSystem;
using FactLint.Schema;
using FactLint.Tests.Support;

namespace FactLint.Tests.Schema;

/// <summary>Malformed schemas and ECMA-262 pattern semantics: each a defect once shipped.</summary>
public sealed class SchemaDefectTests
{
    [Theory]
    [InlineData("{\"patternProperties\": 5}", "'patternProperties' at # must be an object")]
    [InlineData("{\"dependentRequired\": 5}", "'dependentRequired' at # must be an object")]
    [InlineData("{\"dependentRequired\": {\"a\": 5}}", "'dependentRequired/a' at # must be an array of key names, not a number")]
    [InlineData("{\"dependentSchemas\": []}", "'dependentSchemas' at # must be an object")]
    [InlineData("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"dependencies\": \"a\"}", "'dependencies' at # must be an object")]
    [InlineData("{\"$defs\": [1]}", "'$defs' at # must be an object")]
    public void A_keyword_of_the_wrong_type_is_refused_by_name(string schema, string message)
    {
        var ex = Assert.Throws<SchemaLoadException>(() => SchemaCompiler.Compile(schema));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_workspace_schema_is_a_finding_at_its_line_in_the_config_never_an_exception()
    {
        const string config = "schemas:\n  - bad.json\n";
        var result = ConfigLoader.Load(Microsoft.CodeAnalysis.Text.SourceText.From(config), path => FileContent.Read(Encoding.UTF8.GetBytes("{\"patternProperties\": 5}")), Array.Empty<string>());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("FL1002", d.Id);
        Assert.Equal(1, d.Location.LineSpan.Start.Line);
        Assert.Contains("'patternProperties' at # must be an object", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^abc$", "abc", true)]
    [InlineData("^abc$", "abc\n", false)]
    [InlineData("^[\\D]$", "\u0663", true)]
    [InlineData("^[\\D]$", "7", false)]
    [InlineData("^[\\W]$", "\u00E9", true)]
    [InlineData("^[\\W]$", "e", false)]
    [InlineData("^\\p{Cased_Letter}$", "A", true)]
    [InlineData("^\\p{Cased_Letter}$", "\u02B0", false)]
    [InlineData("^\\p{Cased_Letter}$", "\u4E2D", false)]
    [InlineData("^[\\p{Cased_Letter}]+$", "Abc", true)]
    [InlineData("^\\P{Cased_Letter}$", "\u4E2D", true)]
    public void Patterns_have_their_ECMA_262_meaning(string pattern, string text, bool matches)
    {
        var schema = SchemaCompiler.Compile("{\"pattern\": " + System.Text.Json.JsonSerializer.Serialize(pattern) + "}");
        Assert.Equal(matches, schema.IsValid(JsonNodeConverter.Parse(System.Text.Json.JsonSerializer.Serialize(text))));
    }

    [Fact]
    public void A_pattern_error_quotes_the_schema_s_pattern_not_its_translation()
    {
        var schema = SchemaCompiler.Compile("{\"pattern\": \"^\\\\d+$\"}");
        var error = Assert.Single(schema.Validate(JsonNodeConverter.Parse("\"x\"")));
        Assert.Contains("^\\d+$", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[0-9]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_scalar_id_with_its_line_break_fails_the_id_pattern()
    {
        var found = Lint.Files(("a.facts.yaml", "factlint: 1\nentities:\n  - id: |\n      abc\n    type: person\n    name: Abc\n"));
        Assert.Contains(found, d => d.Id == "FL1002" && d.Message.StartsWith("An id uses only lower-case letters", StringComparison.Ordinal));
    }
}
