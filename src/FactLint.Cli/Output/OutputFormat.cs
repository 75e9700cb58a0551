namespace FactLint.Cli.Output;

public enum OutputFormat
{
    Text,
    Json,
}
