using System;
using System.IO;

namespace FactLint.Cli.Baselines;

/// <summary>Reading a baseline named on the command line, with a usage error that says what is wrong with it.</summary>
public static class BaselineFile
{
    public static Baseline? Load(string path, TextWriter stderr)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factlint: error: cannot read the baseline '{path}': {ex.Message} Write one with `factlint baseline`.");
            return null;
        }

        try
        {
            return Baseline.Read(json);
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"factlint: error: '{path}' is not a FactLint baseline: {ex.Message}.");
            return null;
        }
    }
}
