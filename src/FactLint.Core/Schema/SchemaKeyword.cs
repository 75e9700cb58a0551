using FactLint.Syntax;

namespace FactLint.Schema;

/// <summary>One compiled keyword (or a group of keywords that must be evaluated together).</summary>
internal abstract class SchemaKeyword
{
    protected SchemaKeyword(string location)
    {
        Location = location;
    }

    /// <summary>JSON pointer of the keyword in its schema document (for SARIF-style reporting and debugging).</summary>
    public string Location { get; }

    /// <summary>Validates <paramref name="node"/> (aliases already resolved); reports into the context when it collects.</summary>
    public abstract bool Validate(YamlNode node, JsonSchema owner, ValidationContext context);
}
