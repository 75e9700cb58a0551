namespace FactLint.Claims;

/// <summary>A claim whose unit cannot be converted to its group's: it is left out of the comparison and reported by FL3002.</summary>
public sealed record UnitMismatch(ClaimEntry Entry, ClaimGroup Group, bool AgainstDeclaration);
