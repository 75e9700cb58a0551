namespace FactLint.Schema;

/// <summary>The JSON Schema drafts whose spellings the compiler understands. 2020-12 is the default and the reference.</summary>
public enum SchemaDialect
{
    Draft04,
    Draft06,
    Draft07,
    Draft201909,
    Draft202012,
}
