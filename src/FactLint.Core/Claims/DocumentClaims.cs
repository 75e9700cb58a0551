using System.Collections.Generic;

namespace FactLint.Claims;

/// <summary>The comparable claims of one file, read against the corpus's declarations, sources and entities, each with the key of its group.</summary>
internal sealed class DocumentClaims
{
    public List<(string Key, string AsOf, ClaimEntry Entry)> Entries { get; } = new();
}
