namespace FactLint.Model;

public enum RecordKind
{
    Source,
    Entity,
    Property,
    Claim,
}
