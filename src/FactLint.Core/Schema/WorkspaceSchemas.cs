using FactLint.Schema.Library;

namespace FactLint.Schema;

/// <summary>
/// Chooses the validator for a schema a workspace lists under <c>schemas:</c>. FactLint's own
/// validator runs every schema it can honour: it is the faster by ten times on a corpus, words its
/// messages for people and is the only one of the two with draft-04. A schema it refuses (it uses
/// <c>$dynamicRef</c>, <c>unevaluatedProperties</c>, embedded <c>$id</c>s, <c>$vocabulary</c>…)
/// goes to JsonSchema.Net, which implements all of draft 2020-12, 2019-09, -07 and -06. What
/// neither honours (references to other documents: nothing is fetched) is refused, with the
/// keyword named. With format assertion asked for (<c>schema_format: assert</c>), every schema but
/// a draft-04 one goes to JsonSchema.Net, which has the format checkers FactLint's validator lacks.
/// docs/schema-validator.md gives the figures behind this choice.
/// </summary>
public static class WorkspaceSchemas
{
    /// <exception cref="SchemaLoadException">The text is not JSON or not a usable schema.</exception>
    /// <exception cref="SchemaNotSupportedException">The schema needs what neither validator does.</exception>
    public static IDocumentSchema Load(string json, bool assertFormats = false)
    {
        JsonSchema own;
        try
        {
            own = SchemaCompiler.Compile(json);
        }
        catch (SchemaNotSupportedException refusal)
        {
            return LibrarySchema.Build(json, refusal, assertFormats);
        }

        return assertFormats && own.Dialect != SchemaDialect.Draft04
            ? LibrarySchema.Build(json, new SchemaNotSupportedException("FactLint's validator does not check 'format'."), assertFormats)
            : own;
    }
}
