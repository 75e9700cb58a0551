namespace FactLint.Syntax;

/// <summary>One key/value pair of a mapping, in document order.</summary>
public readonly struct YamlEntry
{
    public YamlEntry(YamlNode key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlNode Key { get; }

    public YamlNode Value { get; }

    /// <summary>The key's text when it is a scalar (the only kind of key fact files use).</summary>
    public string? KeyText => (Key.Resolve() as YamlScalar)?.Value;
}
