using System;
using System.Globalization;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

// Generates a synthetic corpus shaped like real fact files, for whole-process timings of
// `factlint lint` (see run.sh). Deterministic: the same arguments give the same bytes.
//   dotnet run --project tests/FactLint.Benchmarks -- OUT_DIR [FILES=1000] [CLAIMS_PER_FILE=50] [ARCHIVES=0] [FIRST_FILE_CLAIMS]
// FIRST_FILE_CLAIMS makes the first file bigger (500 claims = 5,000 lines), for the editor latency benchmark.
// With ARCHIVES > 0, that many archived articles (1-200 KB of text each) are written under
// archive/, two sources in five point at one, and their quotes are checked (FL2003): most are in
// the archive verbatim; one in fifty is a misquote, which sends the rule down its fuzzy-alignment path.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: FactLint.Benchmarks OUT_DIR [FILES] [CLAIMS_PER_FILE]");
    return 2;
}

var outDir = args[0];
var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var claimsPerFile = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
var archives = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
var firstFileClaims = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : claimsPerFile;
Directory.CreateDirectory(outDir);
var random = new Random(42);
long archiveBytes = 0;
if (archives > 0)
{
    // Articles of filler sentences with every quotable figure sentence ("N people were reported") somewhere inside.
    Directory.CreateDirectory(Path.Combine(outDir, "archive"));
    string[] words = { "officials", "said", "the", "riot", "began", "late", "on", "Sunday", "when", "inmates", "attacked", "guards", "in", "a", "high-security", "colony", "near", "the", "capital", "according", "to", "a", "ministry", "statement", "\u2014", "witnesses", "described", "shots", "and", "smoke" };
    for (var a = 0; a < archives; a++)
    {
        var size = 1024 + random.Next(199 * 1024);
        var text = new StringBuilder(size + 4096);
        var figures = new Queue<int>(Enumerable.Range(5, 40).OrderBy(_ => random.Next()));
        while (text.Length < size || figures.Count > 0)
        {
            if (figures.Count > 0 && random.Next(20) == 0)
            {
                // Each figure in every form a claim may quote it in (plain, hedged, rounded, range).
                var fig = figures.Dequeue();
                text.Append(fig).Append(" people were reported dead by the local press service; at least ")
                    .Append(fig).Append(" people were reported injured, about ").Append(fig * 10)
                    .Append(" people were reported missing and ").Append(fig).Append(" to ").Append(fig + 5)
                    .Append(" people were reported held. ");
            }

            for (var w = 8 + random.Next(14); w > 0; w--)
            {
                text.Append(words[random.Next(words.Length)]).Append(' ');
            }

            text.Append(random.Next(6) == 0 ? ".\n\n" : ". ");
        }

        archiveBytes += text.Length;
        File.WriteAllText(Path.Combine(outDir, "archive", $"a-{a:D5}.txt"), text.ToString());
    }
}

string[] publishers = { "Reuters", "The Diplomat", "Tsargrad", "RFE/RL", "Eurasianet", "bne IntelliNews" };
string[] properties = { "killed.prisoners", "killed.guards", "injured.guards", "attackers", "distance.from-capital" };
long bytes = 0;
for (var f = 0; f < files; f++)
{
    var sb = new StringBuilder(16 * 1024);
    sb.Append("# yaml-language-server: $schema=../schemas/factfile.schema.json\n");
    sb.Append("# Generated benchmark file ").Append(f).Append('\n');
    sb.Append("factlint: 1\nsources:\n");
    for (var s = 0; s < 5; s++)
    {
        sb.Append("  - id: src-").Append(f).Append('-').Append(s).Append('\n');
        sb.Append("    title: \"Report ").Append(s).Append(" on incident ").Append(f).Append("\"\n");
        sb.Append("    publisher: ").Append(publishers[(f + s) % publishers.Length]).Append('\n');
        sb.Append("    url: https://news.example/").Append(f).Append('/').Append(s).Append('\n');
        if (archives > 0 && s < 2)
        {
            sb.Append("    archive: archive/a-").Append((((f * 5) + s) % archives).ToString("D5", CultureInfo.InvariantCulture)).Append(".txt\n");
        }

        // Published after the event (2019-05-19), as reports are: 2019-06 to 2025-12.
        sb.Append("    published: 20").Append(19 + (f % 7)).Append('-').Append(((f + s) % 7 + 6).ToString("D2", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("    kind: news\n");
    }

    sb.Append("entities:\n");
    sb.Append("  - id: event-").Append(f).Append("\n    type: event\n    name: Prison incident ").Append(f).Append("\n    date: 2019-05-19\n    place: place-").Append(f).Append('\n');
    sb.Append("  - id: place-").Append(f).Append("\n    type: place\n    name: Penal colony ").Append(f).Append("\n    aliases: [Colony No. ").Append(f).Append("]\n");
    sb.Append("claims:\n");
    for (var c = 0; c < (f == 0 ? firstFileClaims : claimsPerFile); c++)
    {
        // Claims cite sources of this file and, one in five, of the previous file: cross-file references.
        var sourceFile = c % 5 == 0 && f > 0 ? f - 1 : f;
        var n = 5 + random.Next(40);
        sb.Append("  - id: claim-").Append(f).Append('-').Append(c).Append('\n');
        sb.Append("    subject: event-").Append(f).Append('\n');
        sb.Append("    property: ").Append(properties[c % properties.Length]).Append('\n');
        switch (c % 4)
        {
            case 0:
                sb.Append("    value: ").Append(n).Append('\n');
                break;
            case 1:
                sb.Append("    value: {at_least: ").Append(n).Append("}\n");
                break;
            case 2:
                sb.Append("    value: {approx: ").Append(n * 10).Append(", tolerance: 0.2}\n");
                break;
            default:
                sb.Append("    value: {between: [").Append(n).Append(", ").Append(n + 5).Append("]}\n");
                break;
        }

        sb.Append("    as_of: 2019-05-20\n");
        sb.Append("    sources:\n      - source: src-").Append(sourceFile).Append('-').Append(c % 5).Append('\n');
        // The quote carries the figure as the claim records it (a hedge, a range, a rounded number),
        // as a checked corpus does; one in fifty is a misquote of the archive.
        var said = (c % 4) switch
        {
            0 => n.ToString(CultureInfo.InvariantCulture),
            1 => "at least " + n.ToString(CultureInfo.InvariantCulture),
            2 => "about " + (n * 10).ToString(CultureInfo.InvariantCulture),
            _ => n.ToString(CultureInfo.InvariantCulture) + " to " + (n + 5).ToString(CultureInfo.InvariantCulture),
        };
        sb.Append("        quote: \"").Append(said).Append(c % 50 == 6 ? " people were said to be dead\"\n" : " people were reported\"\n");
        sb.Append("        locator: paragraph ").Append(1 + (c % 9)).Append('\n');
        if (c % 10 == 0)
        {
            sb.Append("    note: Figures differ between outlets; see the ministry's statement. # reviewer comment\n");
        }
    }

    var text = sb.ToString();
    bytes += Encoding.UTF8.GetByteCount(text);
    File.WriteAllText(Path.Combine(outDir, $"incident-{f:D5}.facts.yaml"), text);
}

Console.WriteLine($"wrote {files} files, {((files - 1) * claimsPerFile) + firstFileClaims} claims, {bytes / (1024.0 * 1024.0):F1} MB, {archives} archives ({archiveBytes / (1024.0 * 1024.0):F1} MB) to {outDir}");
return 0;
