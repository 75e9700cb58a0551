using System.Text.RegularExpressions;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class PatternKeyword : SchemaKeyword
{
    private readonly Regex _regex;

    public PatternKeyword(string location, Regex regex)
        : base(location)
    {
        _regex = regex;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlScalar s || !s.IsString)
        {
            return true;
        }

        bool ok;
        try
        {
            ok = _regex.IsMatch(s.Value);
        }
        catch (RegexMatchTimeoutException)
        {
            context.Report(node, "pattern", Location, $"Checking this text against the pattern {_regex} took too long; simplify the schema's pattern.");
            return false;
        }

        if (!ok)
        {
            context.Report(node, "pattern", Location, $"{InstanceTypes.DescribeValue(node)} does not match the required pattern {_regex}.");
        }

        return ok;
    }
}
