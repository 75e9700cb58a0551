namespace FactLint.Editing;

/// <summary>Chooses how to write a new scalar: plain where YAML reads it back unchanged, double-quoted otherwise.</summary>
public static class YamlScalars
{
    public static string Write(string value) => PlainScalars.ReadsBackAsString(value) ? value : YamlQuoting.DoubleQuoted(value);
}
