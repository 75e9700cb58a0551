using FactLint.Syntax;

namespace FactLint.Schema.Keywords;

/// <summary>minLength / maxLength, counted in Unicode code points as the spec requires (not UTF-16 units).</summary>
internal sealed class StringLengthKeyword : SchemaKeyword
{
    private readonly long _limit;
    private readonly bool _isMinimum;

    public StringLengthKeyword(string location, long limit, bool isMinimum)
        : base(location)
    {
        _limit = limit;
        _isMinimum = isMinimum;
    }

    public override bool Validate(YamlNode node, JsonSchema owner, ValidationContext context)
    {
        if (node is not YamlScalar s || !s.IsString)
        {
            return true;
        }

        var length = CodePoints(s.Value);
        var ok = _isMinimum ? length >= _limit : length <= _limit;
        if (!ok)
        {
            var message = _isMinimum
                ? (_limit == 1 ? "This text is empty; write a value or remove the key." : $"This text is {length} characters long; it must have at least {_limit}.")
                : $"This text is {length} characters long; it may have at most {_limit}.";
            context.Report(node, _isMinimum ? "minLength" : "maxLength", Location, message);
        }

        return ok;
    }

    private static int CodePoints(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsLowSurrogate(s[i]) || i == 0 || !char.IsHighSurrogate(s[i - 1]))
            {
                n++;
            }
        }

        return n;
    }
}
