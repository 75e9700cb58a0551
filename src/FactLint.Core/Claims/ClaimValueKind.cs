namespace FactLint.Claims;

/// <summary>What a claim's value is, from the property's declared type or (undeclared) from the value itself.</summary>
public enum ClaimValueKind
{
    Quantity,
    Date,
    Entity,
    Text,
    Boolean,

    /// <summary>The value does not read as the property's type (the schema or another rule says why): not compared.</summary>
    Unreadable,
}
