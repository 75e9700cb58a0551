using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class IfThenElseKeyword : SchemaKeyword
{
    private readonly JsonSchema _if;
    private readonly JsonSchema? _then;
    private readonly JsonSchema? _else;

    public IfThenElseKeyword(string location, JsonSchema @if, JsonSchema? then, JsonSchema? @else)
        : base(location)
    {
        _if = @if;
        _then = then;
        _else = @else;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        var branch = _if.Evaluate(node, context.Probe(collect: false)) ? _then : _else;
        return branch == null || branch.Evaluate(node, context);
    }
}
