namespace FactLint.Syntax;

/// <summary>The type of a scalar under the YAML 1.2 core schema (which is also JSON's data model).</summary>
public enum ScalarType : byte
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
}
