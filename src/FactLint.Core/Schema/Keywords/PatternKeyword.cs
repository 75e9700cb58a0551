using System.Text.RegularExpressions;
using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

internal sealed class PatternKeyword : SchemaKeyword
{
    private readonly Regex _regex;

    /// <summary>The pattern as the schema writes it: messages quote it, not its translation for .NET.</summary>
    private readonly string _source;

    public PatternKeyword(string location, Regex regex, string source)
        : base(location)
    {
        _regex = regex;
        _source = source;
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
            context.Report(node, "pattern", Location, $"Checking this text against the pattern {_source} took too long; simplify the schema's pattern.");
            return false;
        }

        if (!ok)
        {
            context.Report(node, "pattern", Location, $"{InstanceTypes.DescribeValue(node)} does not match the required pattern {_source}.");
        }

        return ok;
    }
}
