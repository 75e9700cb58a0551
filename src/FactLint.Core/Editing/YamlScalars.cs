using System.Text.RegularExpressions;

namespace FactLint.Editing;

/// <summary>Chooses how to write a new scalar: plain where YAML reads it back unchanged, double-quoted otherwise.</summary>
public static class YamlScalars
{
    private static readonly Regex SafePlain = new(@"^[\p{L}][\p{L}\p{M}\p{N} .'’()-]*$", RegexOptions.CultureInvariant);

    public static string Write(string value) =>
        SafePlain.IsMatch(value) && value.Trim() == value && !value.Contains(" #") ? value : YamlQuoting.DoubleQuoted(value);
}
