namespace FactLint.Syntax;

public enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
    Alias,
}
