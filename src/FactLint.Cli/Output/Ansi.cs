namespace FactLint.Cli.Output;

/// <summary>ANSI colours, or nothing: callers never check whether colour is on.</summary>
public sealed class Ansi
{
    private readonly bool _enabled;

    public Ansi(bool enabled)
    {
        _enabled = enabled;
    }

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb.</summary>
    public static bool ByDefault() =>
        !System.Console.IsOutputRedirected
        && string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR"))
        && System.Environment.GetEnvironmentVariable("TERM") != "dumb";

    public string Bold(string s) => Wrap("1", s);

    public string Red(string s) => Wrap("1;31", s);

    public string Yellow(string s) => Wrap("1;33", s);

    public string Blue(string s) => Wrap("1;34", s);

    public string Cyan(string s) => Wrap("36", s);

    public string Dim(string s) => Wrap("2", s);

    private string Wrap(string code, string s) => _enabled ? $"\u001b[{code}m{s}\u001b[0m" : s;
}
