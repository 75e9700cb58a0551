using System.Collections.Generic;

namespace FactLint.Reporting.Views;

/// <summary>An entity and every spelling of it the corpus holds: its name, its aliases, and variants found in text (FL4001).</summary>
public sealed record NameCluster(string EntityId, string Name, IReadOnlyList<NameSpelling> Spellings);

/// <param name="Kind">"name", "alias" or "variant".</param>
public sealed record NameSpelling(string Text, string Kind, int Count, IReadOnlyList<FileLine> Places);
