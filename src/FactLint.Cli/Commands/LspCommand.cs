using System;
using System.IO;
using FactLint.LanguageServer;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint lsp</c>: the language server on stdio. Stdout carries the protocol only, so anything else that writes to Console.Out goes to stderr instead.</summary>
public static class LspCommand
{
    public static int Run(TextWriter stderr)
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        Console.SetOut(stderr);
        using var server = new FactLintLanguageServer(input, output, stderr);
        return server.RunAsync().GetAwaiter().GetResult();
    }
}
