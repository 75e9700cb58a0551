// The YamlDotNet parse floor: every *.yaml/*.yml under a folder read and parsed to the last event,
// in parallel, nothing kept. speed.sh times it beside FactLint and ajv-cli.
//   FactLint.Benchmarks.ParseFloor FOLDER
using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YamlDotNet.Core;

var files = Directory.EnumerateFiles(args[0], "*.y*ml", SearchOption.AllDirectories).ToArray();
long events = 0;
Parallel.ForEach(files, file =>
{
    using var reader = new StreamReader(file);
    var parser = new Parser(reader);
    long n = 0;
    while (parser.MoveNext())
    {
        n++;
    }

    Interlocked.Add(ref events, n);
});
Console.WriteLine($"{files.Length} files, {events} events");
