using Json.Schema;

namespace FactLint.Schema.Library;

/// <summary>
/// The dialects JsonSchema.Net validates workspace schemas with: its own, with patterns read the
/// ECMA-262 way and time-limited (<see cref="EcmaPatternKeyword"/>). Registered under the
/// dialects' own ids, so a schema's <c>$schema</c> picks them.
/// </summary>
internal static class LibraryDialects
{
    private static readonly IKeywordHandler[] Patterns = { new EcmaPatternKeyword(), new EcmaPatternPropertiesKeyword() };

    private static readonly Dialect Draft202012 = Patched(Dialect.Draft202012);

    private static readonly DialectRegistry Registry = CreateRegistry();

    /// <summary>Options for building one schema document, with a registry of its own: nothing is shared between schemas, or fetched.</summary>
    public static BuildOptions Options() => new()
    {
        SchemaRegistry = new SchemaRegistry(),
        DialectRegistry = Registry,
        Dialect = Draft202012,
    };

    private static DialectRegistry CreateRegistry()
    {
        var registry = new DialectRegistry();
        registry.Register(Draft202012);
        registry.Register(Patched(Dialect.Draft201909));
        registry.Register(Patched(Dialect.Draft07));
        registry.Register(Patched(Dialect.Draft06));
        return registry;
    }

    private static Dialect Patched(Dialect dialect) => dialect.With(Patterns, dialect.Id);
}
