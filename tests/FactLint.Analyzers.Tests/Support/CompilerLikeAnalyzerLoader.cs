using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactLint.Analyzers.Tests.Support;

/// <summary>
/// Loads the analyzer as the compiler does: its own load context over its folder, with the
/// compiler's (and the IDE's) Microsoft.CodeAnalysis shared. So the tests run the netstandard2.0 engine that
/// ships in the package, not the net10.0 one the test project sees.
/// </summary>
internal static class CompilerLikeAnalyzerLoader
{
    private static readonly Lazy<AnalyzerContext> Context = new(() => new AnalyzerContext(Directory));
    private static readonly Lazy<DiagnosticAnalyzer[]> Loaded = new(Load);
    private static readonly Lazy<CodeFixProvider> Fixer = new(() =>
    {
        var assembly = Context.Value.LoadFromAssemblyPath(Path.Combine(Directory, "FactLint.Analyzers.CodeFixes.dll"));
        return (CodeFixProvider)Activator.CreateInstance(assembly.GetTypes().Single(t => typeof(CodeFixProvider).IsAssignableFrom(t)))!;
    });

    public static string Directory { get; } = typeof(CompilerLikeAnalyzerLoader).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AnalyzerDirectory").Value!;

    public static DiagnosticAnalyzer[] Analyzers => Loaded.Value;

    public static CodeFixProvider CodeFixes => Fixer.Value;

    private static DiagnosticAnalyzer[] Load()
    {
        var path = Path.Combine(Directory, "FactLint.Analyzers.dll");
        Assert.True(File.Exists(path), $"The analyzer was not built at {path}; build the solution in the same configuration first.");
        var reference = new AnalyzerFileReference(path, new Loader(Context.Value));
        var failures = new System.Collections.Generic.List<string>();
        reference.AnalyzerLoadFailed += (_, e) => failures.Add(e.Message);
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp).ToArray();
        Assert.True(failures.Count == 0, "The analyzer could not be loaded: " + string.Join("; ", failures));
        return analyzers;
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        private readonly AnalyzerContext _context;

        public Loader(AnalyzerContext context) => _context = context;

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);
    }

    private sealed class AnalyzerContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public AnalyzerContext(string directory)
            : base("FactLint.Analyzers (as the compiler loads it)")
        {
            _directory = directory;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var name = assemblyName.Name ?? string.Empty;
            if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name is "System.Collections.Immutable" or "System.Reflection.Metadata")
            {
                return null;
            }

            var candidate = Path.Combine(_directory, name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
