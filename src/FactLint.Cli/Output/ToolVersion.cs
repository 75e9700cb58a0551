using System.Reflection;

namespace FactLint.Cli.Output;

/// <summary>The version of this build, as <c>factlint --version</c> prints it and as reports and caches record it.</summary>
public static class ToolVersion
{
    /// <summary>The informational version (0.1.0, or 0.1.0+commit when the build knows it).</summary>
    public static string Full { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without build metadata: 0.1.0.</summary>
    public static string Semantic { get; } = Full.Split('+')[0];
}
