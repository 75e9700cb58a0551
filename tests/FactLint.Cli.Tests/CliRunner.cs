using System;
using System.IO;
using System.Text;

namespace FactLint.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, in a throw-away workspace folder.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Root = Path.Combine(Path.GetTempPath(), "factlint-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var bytes = new MemoryStream();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Root;
        try
        {
            var exit = FactLintCli.Run(args, stdout, stderr, () => new NonClosingStream(bytes));
            var output = stdout.ToString() + Encoding.UTF8.GetString(bytes.ToArray());
            return (exit, output, stderr.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private sealed class NonClosingStream : MemoryStream
    {
        private readonly MemoryStream _target;

        public NonClosingStream(MemoryStream target) => _target = target;

        public override void Write(byte[] buffer, int offset, int count) => _target.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _target.Write(buffer);

        public override void WriteByte(byte value) => _target.WriteByte(value);
    }
}
