using System.IO;
using FactLint.Schema;
using FactLint.Tests.Support;

namespace FactLint.Tests.Schema;

public sealed class SchemaDialectTests
{
    [Fact]
    public void The_draft04_SARIF_schema_compiles_and_validates_a_log()
    {
        var path = SharedData.Require("conformance/sarif/sarif-schema-2.1.0.json");
        var schema = SchemaCompiler.Compile(File.ReadAllText(path));
        var valid = JsonNodeConverter.Parse("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"FactLint\",\"rules\":[{\"id\":\"FL1004\"}]}},\"results\":[{\"ruleId\":\"FL1004\",\"message\":{\"text\":\"x\"},\"level\":\"error\"}]}]}");
        Assert.Empty(schema.Validate(valid));
        var invalid = JsonNodeConverter.Parse("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"message\":{\"text\":\"x\"},\"level\":\"loud\"}]}]}");
        var errors = schema.Validate(invalid);
        Assert.Contains(errors, e => e.Keyword == "required");
        Assert.Contains(errors, e => e.Keyword == "enum");
    }

    [Fact]
    public void Unsupported_keywords_and_remote_refs_are_refused_with_a_clear_message()
    {
        var ex = Assert.Throws<SchemaNotSupportedException>(() => SchemaCompiler.Compile("{\"unevaluatedProperties\": false}"));
        Assert.Contains("'unevaluatedProperties'", ex.Message);
        var remote = Assert.Throws<SchemaNotSupportedException>(() => SchemaCompiler.Compile("{\"$ref\": \"https://example.org/other.json\"}"));
        Assert.Contains("only references inside the same schema document", remote.Message);
        Assert.Throws<SchemaLoadException>(() => SchemaCompiler.Compile("{\"minLength\": \"three\"}"));
        Assert.Throws<SchemaLoadException>(() => SchemaCompiler.Compile("{not json"));
    }

    [Fact]
    public void The_built_in_schemas_compile()
    {
        Assert.NotNull(BuiltInSchemas.FactFile);
        Assert.NotNull(BuiltInSchemas.Config);
    }
}
