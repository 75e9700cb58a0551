using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>$ref: the target is compiled (and cached) by the compiler; cycles are fine because targets are shared objects.</summary>
internal sealed class RefKeyword : SchemaKeyword
{
    public RefKeyword(string location, JsonSchema target)
        : base(location)
    {
        Target = target;
    }

    public JsonSchema Target { get; }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context) => Target.Evaluate(node, context);
}
