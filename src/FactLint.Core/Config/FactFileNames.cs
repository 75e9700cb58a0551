using System;
using System.Collections.Generic;
using System.Linq;

namespace FactLint.Config;

/// <summary>
/// What a fact file is called: the one definition. The config's default include globs, the
/// analyzer's inputs, its MSBuild props and targets and the VS Code extension's activation,
/// document selector and schema association are all held to it (a test reads each of them).
/// </summary>
public static class FactFileNames
{
    /// <summary>The endings of a fact file's name.</summary>
    public static readonly IReadOnlyList<string> Suffixes = new[] { ".facts.yaml", ".facts.yml" };

    /// <summary>The default include globs of factlint.yaml: every fact file below the root.</summary>
    public static readonly IReadOnlyList<string> DefaultGlobs = Suffixes.Select(s => "**/*" + s).ToArray();

    public static bool IsFactFileName(string path) => Suffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
