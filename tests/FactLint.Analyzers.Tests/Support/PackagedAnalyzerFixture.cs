using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using FactLint.Tests.Support;

namespace FactLint.Analyzers.Tests.Support;

/// <summary>
/// Packs FactLint.Analyzers once into a throw-away folder source, and makes throw-away C# projects
/// that reference it the way a team would, with the example corpus in them. Restores use a
/// package cache of their own, so an older FactLint.Analyzers of the same version is never used.
/// </summary>
public sealed class PackagedAnalyzerFixture : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "factlint-analyzer-" + Guid.NewGuid().ToString("N")[..8]);

    public string Version { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Work, "nuget"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Work);
        var configuration = typeof(PackagedAnalyzerFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var project = Path.Combine(SharedData.RepositoryRoot, "src", "FactLint.Analyzers", "FactLint.Analyzers.csproj");
        var (exit, output) = await ProcessRunner.RunAsync("dotnet", new[] { "pack", project, "-c", configuration, "--no-build", "-o", Path.Combine(Work, "packages"), "-nologo" }, Work, Environment, Timeout);
        Assert.True(exit == 0, "dotnet pack failed:\n" + output);
        var package = Directory.GetFiles(Path.Combine(Work, "packages"), "FactLint.Analyzers.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(package)["FactLint.Analyzers.".Length..];
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is in the temp directory.
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A new project folder with the examples under facts/ and the given extra files (path relative to the project, text).</summary>
    public string CreateProject(string name, string extraProperties = "", params (string Path, string Text)[] files)
    {
        var dir = Path.Combine(Work, name);
        Directory.CreateDirectory(dir);
        CopyDirectory(Path.Combine(SharedData.RepositoryRoot, "examples"), Path.Combine(dir, "facts"));
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="factlint-local" value="{Path.Combine(Work, "packages")}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Probe.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ErrorLog>build.sarif,version=2.1</ErrorLog>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactLint.Analyzers" Version="{Version}" PrivateAssets="all" />
                <AdditionalFiles Include="facts/archive/**/*.txt" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Probe.cs"), "namespace Probe;\n\npublic static class Marker\n{\n}\n");
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return dir;
    }

    /// <summary>A real <c>dotnet build</c>, without build servers, so that every build loads the analyzer afresh and leaves no process behind.</summary>
    public Task<(int ExitCode, string Output)> BuildAsync(string projectDir, params string[] extraArguments) =>
        ProcessRunner.RunAsync("dotnet", new[] { "build", "-nologo", "--disable-build-servers", "-clp:NoSummary" }.Concat(extraArguments), projectDir, Environment, Timeout);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
