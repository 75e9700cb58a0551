using System;
using System.IO;

namespace FactLint.Tests.Support;

/// <summary>
/// Finds the repository and the <c>../shared</c> folder beside it. Tests that need shared data
/// skip with a clear reason when it is absent on a developer's machine, and fail under CI,
/// which always has it.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? SharedRoot
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("FACTLINT_SHARED") ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The path of <paramref name="relative"/> under ../shared; skips (or fails under CI) when it is missing.</summary>
    public static string Require(string relative)
    {
        var root = SharedRoot;
        var path = root == null ? null : Path.Combine(root, relative);
        if (path != null && (File.Exists(path) || Directory.Exists(path)))
        {
            return path;
        }

        var message = $"The shared test data '{relative}' was not found (expected the folder ../shared beside the repository at {RepositoryRoot}, or FACTLINT_SHARED); this test needs it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FactLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Could not find FactLint.sln above the test binaries.");
    }
}
